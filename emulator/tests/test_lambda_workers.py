"""Warm workers end: after idling, and with the server, even mid-run (lambda_runs/pool.py, worker.py).
This module starts a server of its own (idle limit 1 s), since the last test kills it."""
import os
import signal
import subprocess
import sys
import threading
import time

import boto3
import pytest
from botocore.config import Config
from conftest import SERVER, START_TIMEOUT_S, _answers, _configure, _free_port, _stop
from lambda_support import LambdaLab, wait_for

PID_FUNCTION = """
import os, time
def lambda_handler(event, context):
    if event.get("pid_file"):
        with open(event["pid_file"], "w") as f:
            f.write(str(os.getpid()))
        time.sleep(60)
    return os.getpid()
"""


@pytest.fixture(scope="module")
def own_server(tmp_path_factory, lambda_sdk):
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    log = tmp_path_factory.mktemp("own-emulator") / "server.log"
    with open(log, "wb") as out:
        proc = subprocess.Popen(
            [sys.executable, str(SERVER), "-H", "127.0.0.1", "-p", str(port)],
            stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT,
            env={**os.environ, "NUBELAB_LAMBDA_IDLE_SECONDS": "1"}, start_new_session=True,
        )
    deadline = time.monotonic() + START_TIMEOUT_S
    while not _answers(url):
        assert proc.poll() is None and time.monotonic() < deadline, log.read_text()[-3000:]
        time.sleep(0.2)
    _configure(url)
    yield url, proc
    _stop(proc)


@pytest.fixture(scope="module")
def lab(own_server):
    session = boto3.session.Session(aws_access_key_id="testing", aws_secret_access_key="testing", region_name="us-east-1")
    config = Config(s3={"addressing_style": "path"}, retries={"max_attempts": 1})
    return LambdaLab(lambda service: session.client(service, endpoint_url=own_server[0], config=config))


def gone(pid):
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().split(") ")[1][0] == "Z"  # a zombie has ended
    except FileNotFoundError:
        return True


def test_an_idle_worker_exits_and_the_next_run_starts_cold(lab):
    name = lab.function(PID_FUNCTION)
    first = lab.invoke(name)[2]
    assert lab.invoke(name)[2] == first, "warm within the idle limit"
    assert wait_for(lambda: gone(first), timeout_s=5), "the idle worker is still running"
    assert lab.invoke(name)[2] != first


def test_no_worker_outlives_the_server_even_mid_run(lab, own_server, tmp_path):
    busy_name, idle_name = lab.function(PID_FUNCTION, timeout=60), lab.function(PID_FUNCTION)
    pid_file = tmp_path / "busy.pid"
    threading.Thread(target=lambda: _ignore_errors(lambda: lab.invoke(busy_name, {"pid_file": str(pid_file)})), daemon=True).start()
    assert wait_for(pid_file.exists, timeout_s=10)
    busy = int(wait_for(pid_file.read_text, timeout_s=2))
    idle = lab.invoke(idle_name)[2]  # killed below well within the 1 s idle limit
    assert busy != idle and not gone(busy) and not gone(idle)
    os.kill(own_server[1].pid, signal.SIGKILL)  # the server alone, not its process group
    assert wait_for(lambda: gone(busy) and gone(idle), timeout_s=5), "a worker outlived the server"


def _ignore_errors(action):
    try:
        action()
    except Exception:  # the server is killed under this call on purpose
        pass
