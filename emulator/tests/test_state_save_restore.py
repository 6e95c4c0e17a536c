"""The emulator's state file (nubelab_emulator/saved_state.py): saved on request, restored before
the server answers, set aside when another version wrote it or it cannot be read.

Each test starts its own servers (the session's shared one has no state file), with the same
command line and environment as checker/emulator/moto.ts, and talks to them over HTTP only.
"""
import base64
import json
import os
import pickle
import subprocess
import sys
import time
import urllib.request
from collections import defaultdict
from contextlib import contextmanager

import boto3
import pytest
from botocore.config import Config

from conftest import SERVER, _answers, _configure, _free_port, _stop
from lambda_support import TRUST, zip_of
from nubelab_emulator import saved_state

BUCKET = "state-test-bucket"
# Larger than the S3 key's in-memory buffer, so the body lives in a temporary file on disk.
BIG_BODY = os.urandom(3 * 1024 * 1024)


@contextmanager
def server(state_file, log_path):
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    env = {**os.environ, "MOTO_IAM_LOAD_MANAGED_POLICIES": "true", "NUBELAB_STATE_FILE": str(state_file)}
    with open(log_path, "ab") as log:
        proc = subprocess.Popen(
            [sys.executable, str(SERVER), "-H", "127.0.0.1", "-p", str(port)],
            stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT, env=env, start_new_session=True,
        )
    try:
        deadline = time.monotonic() + 60
        while not _answers(url):
            assert proc.poll() is None, f"server.py exited:\n{open(log_path).read()[-3000:]}"
            assert time.monotonic() < deadline, "server.py did not answer"
            time.sleep(0.2)
        _configure(url)
        yield url
    finally:
        _stop(proc)


def client(url, service):
    session = boto3.session.Session(aws_access_key_id="testing", aws_secret_access_key="testing", region_name="us-east-1")
    return session.client(service, endpoint_url=url, config=Config(s3={"addressing_style": "path"}, retries={"max_attempts": 1}))


def http(url, method="GET"):
    req = urllib.request.Request(url, method=method, data=b"" if method == "POST" else None)
    try:
        with urllib.request.urlopen(req, timeout=120) as res:
            return res.status, json.loads(res.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


def aws_managed_policies(iam):
    pages = iam.get_paginator("list_policies").paginate(Scope="AWS")
    return sorted(p["PolicyName"] for page in pages for p in page["Policies"])


def test_resources_survive_save_stop_and_start(tmp_path, lambda_sdk):
    state = tmp_path / "state.pickle"
    with server(state, tmp_path / "log") as url:
        s3, iam, lam = client(url, "s3"), client(url, "iam"), client(url, "lambda")
        s3.create_bucket(Bucket=BUCKET)
        s3.put_bucket_versioning(Bucket=BUCKET, VersioningConfiguration={"Status": "Enabled"})
        s3.put_object(Bucket=BUCKET, Key="raw/big.bin", Body=BIG_BODY)
        role = iam.create_role(RoleName="state-role", AssumeRolePolicyDocument=json.dumps(TRUST))["Role"]
        lam.create_function(
            FunctionName="state-fn", Runtime="python3.12", Role=role["Arn"], Handler="lambda_function.lambda_handler",
            Code={"ZipFile": zip_of({"lambda_function.py": "def lambda_handler(event, context):\n    return {'twice': event['n'] * 2}\n"})},
        )
        lam.get_waiter("function_active_v2").wait(FunctionName="state-fn")
        managed_before = aws_managed_policies(iam)
        assert http(f"{url}/nubelab/state")[1]["outcome"] == "none"
        status, saved = http(f"{url}/nubelab/state/save", "POST")
        assert status == 200, saved
        assert saved["bytes"] == state.stat().st_size
        assert {"moto.s3.models:s3_backends", "moto.iam.models:iam_backends", "moto.awslambda.models:lambda_backends"} <= set(saved["services"])
        assert not list(tmp_path.glob("*.tmp")), "the temporary file was renamed into place"

    with server(state, tmp_path / "log") as url:
        status, report = http(f"{url}/nubelab/state")
        assert report["outcome"] == "restored" and report["bytes"] == saved["bytes"]
        s3, iam, lam = client(url, "s3"), client(url, "iam"), client(url, "lambda")
        assert s3.get_bucket_versioning(Bucket=BUCKET)["Status"] == "Enabled"
        assert s3.get_object(Bucket=BUCKET, Key="raw/big.bin")["Body"].read() == BIG_BODY
        assert iam.get_role(RoleName="state-role")["Role"]["Arn"] == role["Arn"]
        # The function is found by name and by ARN (moto's weak ARN index is rebuilt) and still runs.
        arn = lam.get_function(FunctionName="state-fn")["Configuration"]["FunctionArn"]
        result = lam.invoke(FunctionName=arn, Payload=json.dumps({"n": 21}))
        assert json.loads(result["Payload"].read()) == {"twice": 42}
        # moto's AWS managed policies came back too, each once.
        iam.get_policy(PolicyArn="arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess")
        assert aws_managed_policies(iam) == managed_before


def test_a_file_from_another_version_is_set_aside_and_the_emulator_starts_empty(tmp_path):
    state = tmp_path / "state.pickle"
    header = dict(saved_state.current_versions(), moto="4.0.0")
    state.write_bytes(saved_state.MAGIC + json.dumps(header).encode() + b"\n" + b"whatever")
    with server(state, tmp_path / "log") as url:
        report = http(f"{url}/nubelab/state")[1]
        assert report["outcome"] == "discarded" and report["reason"] == "incompatible"
        assert "4.0.0" in report["detail"]
        assert report["moved_to"] == str(state) + ".discarded"
        assert not state.exists() and (tmp_path / "state.pickle.discarded").exists()
        assert client(url, "s3").list_buckets()["Buckets"] == []


def test_an_unreadable_file_is_set_aside_and_the_emulator_starts_empty(tmp_path):
    state = tmp_path / "state.pickle"
    versions = json.dumps(saved_state.current_versions()).encode()
    state.write_bytes(saved_state.MAGIC + versions + b"\n" + b"not zlib, not a pickle")
    with server(state, tmp_path / "log") as url:
        report = http(f"{url}/nubelab/state")[1]
        assert report["outcome"] == "discarded" and report["reason"] == "unreadable"
        assert client(url, "iam").list_roles()["Roles"] == []
        # The next save writes a good file in its place.
        assert http(f"{url}/nubelab/state/save", "POST")[0] == 200
        saved_state.read(str(state))


def test_a_file_that_is_not_a_state_file_is_unreadable_not_another_version(tmp_path):
    state = tmp_path / "state.pickle"
    state.write_bytes(b"garbage")
    with server(state, tmp_path / "log") as url:
        report = http(f"{url}/nubelab/state")[1]
        assert (report["outcome"], report["reason"]) == ("discarded", "unreadable")


def test_save_without_a_state_file_is_refused(endpoint):
    status, body = http(f"{endpoint}/nubelab/state/save", "POST")
    assert status == 409 and "NUBELAB_STATE_FILE" in body["error"]


def test_lambda_defaultdict_factories_become_picklable_types():
    # moto writes `defaultdict(lambda: {})` and nests them; plain pickle refuses lambdas.
    nested = defaultdict(lambda: defaultdict(lambda: []))
    nested["a"]["b"].append(1)
    copy = pickle.loads(saved_state._dumps(nested))
    assert copy == {"a": {"b": [1]}}
    copy["x"]["y"].append(2)
    assert copy["x"]["y"] == [2]


def test_a_factory_that_builds_something_else_is_refused_by_name():
    odd = defaultdict(lambda: "not empty")
    with pytest.raises(pickle.PicklingError, match="not empty"):
        saved_state._dumps(odd)


def test_a_lambda_functions_zip_is_written_once_and_its_base64_rebuilt_on_load():
    from moto.awslambda.models import LambdaFunction

    raw = os.urandom(4096)
    function = LambdaFunction.__new__(LambdaFunction)
    function.__dict__.update(code={"ZipFile": base64.b64encode(raw).decode()}, code_bytes=raw, function_name="fn")
    data = saved_state._dumps(function)
    assert base64.b64encode(raw) not in data and raw in data
    copy = pickle.loads(data)
    assert copy.code == {"ZipFile": base64.b64encode(raw).decode()} and copy.code_bytes == raw


def test_kms_keys_private_keys_survive_as_pem_and_still_sign(tmp_path):
    # EBS encryption and KMS give moto `cryptography` keys (Rust objects pickle refuses); the
    # ec2-instance and web-server labs' encrypted volumes create one.
    from moto.kms.models import Key

    key = Key(policy=None, key_usage="SIGN_VERIFY", key_spec="RSA_2048", description="t", account_id="123456789012", region="us-east-1")
    copy = pickle.loads(saved_state._dumps(key))
    message = b"signed before and after a restore"
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import padding

    signature = copy.private_key.sign(message, "RSASSA_PKCS1_V1_5_SHA_256")
    key.private_key.private_key.public_key().verify(signature, message, padding.PKCS1v15(), hashes.SHA256())


def test_a_defaultdict_subclass_with_its_own_constructor_round_trips():
    # SSM's ParameterDict(account_id, region_name): the ec2-instance lab's deploy reads an SSM parameter.
    from moto.ssm.models import ParameterDict

    params = ParameterDict("123456789012", "us-east-1")
    params["/a"].append("v1")
    copy = pickle.loads(saved_state._dumps(params))
    assert type(copy) is ParameterDict and copy["/a"] == ["v1"] and copy.region_name == "us-east-1"
    copy["/b"].append("v2")
    assert copy["/b"] == ["v2"]
