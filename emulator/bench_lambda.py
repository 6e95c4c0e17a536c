"""How long the embedded emulator takes to run Lambda functions, printed as one JSON line.

Starts its own server exactly as the pytest session does (emulator/tests/conftest.py's helpers),
then measures, with a function that imports boto3 at module level and copies an S3 object:
  - cold_invoke_ms: a synchronous Invoke of a function that has no warm worker (new function each run);
  - warm_invoke_ms: the same Invoke served by a warm worker;
  - upload_to_output_ms: from PutObject under input/ to the copy existing under output/
    (S3 notification → asynchronous run → the function's PutObject), polled every 10 ms.
Each figure is the median of several runs. Usage: .venv/bin/python emulator/bench_lambda.py
"""
import io
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE / "tests")]

import boto3  # noqa: E402
import conftest  # noqa: E402  (the tests' way of starting and stopping the server)
from botocore.config import Config  # noqa: E402

from nubelab_emulator.lambda_runs.interpreters import interpreter_for  # noqa: E402
from nubelab_emulator.lambda_runs.sdk import sdk_problem  # noqa: E402

RUNTIME = "python3.12"
COLD_RUNS, WARM_RUNS, UPLOAD_RUNS = 5, 15, 7
COPY_FUNCTION = """
import urllib.parse
import boto3

s3 = boto3.client("s3")

def lambda_handler(event, context):
    if "Records" not in event:
        return "pong"
    record = event["Records"][0]["s3"]
    bucket, key = record["bucket"]["name"], urllib.parse.unquote_plus(record["object"]["key"])
    body = s3.get_object(Bucket=bucket, Key=key)["Body"].read()
    s3.put_object(Bucket=bucket, Key="output/" + key[len("input/"):], Body=body)
"""


def start_server():
    port = conftest._free_port()
    url = f"http://127.0.0.1:{port}"
    log = open(Path(tempfile.mkdtemp(prefix="nubelab-bench-")) / "server.log", "wb")
    env = {**os.environ, "MOTO_IAM_LOAD_MANAGED_POLICIES": "true"}
    proc = subprocess.Popen(
        [sys.executable, str(conftest.SERVER), "-H", "127.0.0.1", "-p", str(port)],
        stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT, env=env, start_new_session=True,
    )
    deadline = time.monotonic() + conftest.START_TIMEOUT_S
    while not conftest._answers(url):
        if proc.poll() is not None or time.monotonic() > deadline:
            conftest._stop(proc)
            sys.exit(f"the emulator did not start; see {log.name}")
        time.sleep(0.2)
    conftest._configure(url)
    return url, proc


def zipped(source):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("lambda_function.py", source)
    return buffer.getvalue()


def timed(action):
    started = time.perf_counter()
    action()
    return (time.perf_counter() - started) * 1000


def measure(url):
    session = boto3.session.Session(aws_access_key_id="bench", aws_secret_access_key="bench", region_name="us-east-1")
    config = Config(s3={"addressing_style": "path"}, retries={"max_attempts": 1})
    lam, s3, iam = (session.client(s, endpoint_url=url, config=config) for s in ("lambda", "s3", "iam"))
    trust = {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}]}
    role = iam.create_role(RoleName="bench-role", AssumeRolePolicyDocument=json.dumps(trust))["Role"]["Arn"]

    def new_function():
        name = f"bench-{uuid.uuid4().hex[:8]}"
        lam.create_function(FunctionName=name, Runtime=RUNTIME, Role=role, Handler="lambda_function.lambda_handler", Code={"ZipFile": zipped(COPY_FUNCTION)}, Timeout=10)
        return name

    def invoke(name):
        response = lam.invoke(FunctionName=name, Payload=b"{}")
        assert "FunctionError" not in response and response["Payload"].read() == b'"pong"', response

    # The first run ever also compiles boto3's bytecode for this interpreter: not a cold start's cost.
    invoke(new_function())
    cold = [timed(lambda: invoke(new_function())) for _ in range(COLD_RUNS)]
    warm_name = new_function()
    invoke(warm_name)
    warm = [timed(lambda: invoke(warm_name)) for _ in range(WARM_RUNS)]

    bucket = "bench-photos"
    s3.create_bucket(Bucket=bucket)
    arn = lam.get_function(FunctionName=warm_name)["Configuration"]["FunctionArn"]
    s3.put_bucket_notification_configuration(
        Bucket=bucket,
        NotificationConfiguration={"LambdaFunctionConfigurations": [{"LambdaFunctionArn": arn, "Events": ["s3:ObjectCreated:*"], "Filter": {"Key": {"FilterRules": [{"Name": "prefix", "Value": "input/"}]}}}]},
    )

    def upload_until_copied(i):
        s3.put_object(Bucket=bucket, Key=f"input/{i}.jpg", Body=b"x" * 50_000)
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            if s3.list_objects_v2(Bucket=bucket, Prefix=f"output/{i}.jpg").get("KeyCount"):
                return
            time.sleep(0.01)
        raise AssertionError(f"output/{i}.jpg never appeared")

    upload = [timed(lambda i=i: upload_until_copied(i)) for i in range(UPLOAD_RUNS)]
    return cold, warm, upload


def main():
    problem = sdk_problem()
    if problem:
        sys.exit(problem)
    url, proc = start_server()
    try:
        cold, warm, upload = measure(url)
    finally:
        conftest._stop(proc)
    interpreter = interpreter_for(RUNTIME)
    print(json.dumps({
        "lambda_cold_invoke_ms": round(statistics.median(cold), 1),
        "lambda_warm_invoke_ms": round(statistics.median(warm), 1),
        "lambda_upload_to_output_ms": round(statistics.median(upload), 1),
        "runtime": RUNTIME,
        "interpreter": f"Python {interpreter.version_text}" if interpreter else None,
        "runs": {"cold": COLD_RUNS, "warm": WARM_RUNS, "upload": UPLOAD_RUNS},
    }))


if __name__ == "__main__":
    main()
