#!/bin/bash
# User data for the web-server lab: installs the lesson's Flask taxi-fare app and runs it as a
# systemd service on port 5000 of every interface. cloud-init runs it once, as root, at first boot.
set -euxo pipefail

dnf install -y python3-pip
python3 -m pip install flask

mkdir -p /opt/taxi-app
cat > /opt/taxi-app/app.py <<'PY'
from flask import Flask, request

app = Flask(__name__)

BASE_FARE = 3.00  # flag fall, in US dollars
PER_KM = 1.75     # price per kilometre


@app.get("/")
def fare():
    km = max(request.args.get("km", default=5.0, type=float), 0.0)
    total = BASE_FARE + PER_KM * km
    return (
        "<h1>NubeLab Taxi</h1>"
        f"<p>A {km:.1f} km ride costs about {total:.2f} USD.</p>"
        "<p>Try another distance: <code>/?km=12</code></p>"
    )


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=5000)
PY

cat > /etc/systemd/system/taxi-app.service <<'UNIT'
[Unit]
Description=NubeLab taxi fare app
After=network-online.target

[Service]
User=nobody
WorkingDirectory=/opt/taxi-app
ExecStart=/usr/bin/python3 /opt/taxi-app/app.py
Restart=on-failure

[Install]
WantedBy=multi-user.target
UNIT

systemctl daemon-reload
systemctl enable --now taxi-app
