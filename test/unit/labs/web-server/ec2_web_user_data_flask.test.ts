import { describe, expect, it } from 'vitest';
import check from '../../../../labs/web-server/checks/ec2_web_user_data_flask.ts';
import { runOn } from './helpers.ts';

const CLOUD_CONFIG = `#cloud-config
packages:
  - python3-flask
write_files:
  - path: /opt/app/app.py
    content: |
      from flask import Flask
      app = Flask(__name__)
      app.run(host="0.0.0.0", port=5000)
  - path: /etc/systemd/system/app.service
    content: |
      [Service]
      ExecStart=/usr/bin/python3 /opt/app/app.py
runcmd:
  - systemctl enable --now app
`;

const NOHUP = `#!/bin/bash
yum install -y python3-pip
pip3 install flask
cd /home/ec2-user
FLASK_APP=app.py nohup flask run --host 0.0.0.0 --port 5000 > app.log 2>&1 &
`;

const both = (text: string) => (n: { userData?: Record<string, string> }) => (n.userData = { 'i-0web1': text, 'i-0web2': text });

describe('ec2_web_user_data_flask', () => {
  it('compliance: the lab script (bash, pip install flask, systemd unit, app.run on 0.0.0.0:5000)', async () => {
    const outcome = await runOn(check);
    expect(outcome.status).toBe('pass');
    expect(outcome.evidence.userData).toEqual([expect.objectContaining({ form: 'shell script', installsFlask: true, listensOnAllInterfacesPort5000: true, startedInBackground: true })].concat([expect.anything()]));
  });

  it('compliance: cloud-config with packages, write_files and runcmd', async () => {
    const outcome = await runOn(check, both(CLOUD_CONFIG));
    expect(outcome.status).toBe('pass');
    expect((outcome.evidence.userData as { form: string }[])[0]!.form).toBe('cloud-config');
  });

  it('compliance: a shell script with nohup flask run --host 0.0.0.0 --port 5000 &', async () => {
    expect((await runOn(check, both(NOHUP))).status).toBe('pass');
  });

  it('non-compliance: one server without user data', async () => {
    const outcome = await runOn(check, (n) => delete n.userData!['i-0web2']);
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toContain('nubelab-web-2 (i-0web2) has no user data');
  });

  it('non-compliance: Flask left on 127.0.0.1, run in the foreground, or never installed', async () => {
    const cases: [string, string][] = [
      [NOHUP.replace('--host 0.0.0.0 ', ''), 'does not listen on 0.0.0.0:5000'],
      [NOHUP.replace('nohup ', '').replace(' &\n', '\n'), 'does not start it as a service'],
      [NOHUP.replace('pip3 install flask\n', ''), 'does not install Flask'],
      [NOHUP.replace('#!/bin/bash', 'echo hi'), 'starts with neither'],
    ];
    for (const [text, reason] of cases) {
      const outcome = await runOn(check, both(text));
      expect(outcome.status).toBe('fail');
      expect(outcome.message.en).toContain(reason);
    }
  });
});
