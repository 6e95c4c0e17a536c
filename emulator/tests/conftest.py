"""One real moto server for the whole session, started as checker/emulator/moto.ts starts it:
`python emulator/server.py -H 127.0.0.1 -p PORT` with the same environment, then configured
for Lambda without Docker. Tests talk to it over HTTP only, so they see what a lab sees.
"""
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

SERVER = Path(__file__).resolve().parents[1] / "server.py"
START_TIMEOUT_S = 60


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _answers(endpoint):
    try:
        # moto answers this GET with 201; like moto.ts's probe, any 2xx means up.
        with urllib.request.urlopen(f"{endpoint}/moto-api/config", timeout=1.5) as res:
            return 200 <= res.status < 300
    except (urllib.error.URLError, OSError):
        return False


def _configure(endpoint):
    # What moto.ts's configureMoto sends: labs create Lambda functions without Docker.
    req = urllib.request.Request(
        f"{endpoint}/moto-api/config",
        data=json.dumps({"lambda": {"use_docker": False}}).encode(),
        headers={"content-type": "application/json"},
        method="POST",
    )
    with urllib.request.urlopen(req, timeout=10) as res:
        assert 200 <= res.status < 300


def _stop(proc):
    # The server runs in its own session (process group), so the whole group goes, and no
    # worker it might have started outlives the tests.
    for sig, wait_s in ((signal.SIGTERM, 10), (signal.SIGKILL, 5)):
        try:
            os.killpg(proc.pid, sig)
        except ProcessLookupError:
            return
        try:
            proc.wait(wait_s)
            return
        except subprocess.TimeoutExpired:
            continue


@pytest.fixture(scope="session")
def endpoint(tmp_path_factory):
    state = tmp_path_factory.mktemp("emulator")
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    env = {
        **os.environ,
        "MOTO_IAM_LOAD_MANAGED_POLICIES": "true",
        # Recording stays off until asked for, as in moto.ts; the path only has to be writable.
        "MOTO_RECORDER_FILEPATH": str(state / "recording.jsonl"),
    }
    log_path = state / "server.log"
    with open(log_path, "wb") as log:
        proc = subprocess.Popen(
            [sys.executable, str(SERVER), "-H", "127.0.0.1", "-p", str(port)],
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            env=env,
            start_new_session=True,
        )
    try:
        deadline = time.monotonic() + START_TIMEOUT_S
        while not _answers(url):
            if proc.poll() is not None:
                pytest.fail(f"server.py exited with code {proc.returncode}:\n{log_path.read_text()[-3000:]}")
            if time.monotonic() > deadline:
                pytest.fail(f"server.py did not answer within {START_TIMEOUT_S} s:\n{log_path.read_text()[-3000:]}")
            time.sleep(0.2)
        _configure(url)
        yield url
    finally:
        _stop(proc)


# moto routes a request on a bare host:port by the service named in the Authorization header's
# credential scope; it does not check signatures.
def _authorization(service):
    return (
        f"AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20250101/us-east-1/{service}/aws4_request, "
        "SignedHeaders=host;x-amz-date, Signature=0"
    )


class QueryClient:
    """The IAM Query API over plain urllib: the response body exactly as moto sent it."""

    def __init__(self, endpoint):
        self.endpoint = endpoint

    def call(self, action, **params):
        body = urllib.parse.urlencode({"Action": action, "Version": "2010-05-08", **params}).encode()
        req = urllib.request.Request(
            f"{self.endpoint}/",
            data=body,
            headers={"Authorization": _authorization("iam"), "Content-Type": "application/x-www-form-urlencoded; charset=utf-8"},
        )
        try:
            with urllib.request.urlopen(req, timeout=30) as res:
                return res.read().decode("utf-8")
        except urllib.error.HTTPError as e:
            raise AssertionError(f"{action} failed with HTTP {e.code}: {e.read().decode('utf-8', 'replace')}") from None


@pytest.fixture(scope="session")
def iam_query(endpoint):
    return QueryClient(endpoint)


@pytest.fixture(scope="session")
def boto_client(endpoint):
    """A botocore client for `service` on the emulator, with fixed test credentials."""
    import boto3
    from botocore.config import Config

    session = boto3.session.Session(aws_access_key_id="testing", aws_secret_access_key="testing", region_name="us-east-1")

    def make(service):
        return session.client(service, endpoint_url=endpoint, config=Config(s3={"addressing_style": "path"}, retries={"max_attempts": 1}))

    return make


@pytest.fixture(scope="session")
def lambda_sdk():
    """Functions run by the emulator import boto3 from .lambda-sdk/, which scripts/setup.sh installs:
    without it every handler that imports boto3 would fail, so say so once and clearly."""
    from nubelab_emulator.lambda_runs.sdk import sdk_problem

    problem = sdk_problem()
    if problem:
        pytest.fail(problem)
