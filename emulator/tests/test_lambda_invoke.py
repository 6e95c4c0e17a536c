"""Invoke runs Python handlers for real (lambda_runs/invoke.py, runner.py, bootstrap.py)."""
import re
import time
import uuid

import pytest
from lambda_support import ACCOUNT, LambdaLab, unique, wait_for

from nubelab_emulator.lambda_runs.interpreters import interpreter_for


@pytest.fixture(scope="module")
def lab(endpoint, boto_client, lambda_sdk):
    return LambdaLab(boto_client)


def test_request_response_returns_the_handler_result(lab):
    name = lab.function("def lambda_handler(event, context):\n    return {'sum': event['a'] + event['b']}\n")
    status, error, body, response = lab.invoke(name, {"a": 2, "b": 3})
    assert (status, error, body) == (200, None, {"sum": 5})
    assert response["ExecutedVersion"] == "$LATEST"
    # Other Lambda actions keep moto's own request ids.
    other = lab.lam.get_function(FunctionName=name)["ResponseMetadata"]["RequestId"]
    assert other and other != response["ResponseMetadata"]["RequestId"]


def test_a_raised_exception_answers_aws_error_shape(lab):
    name = lab.function("def lambda_handler(event, context):\n    raise ValueError('no photo in ' + event['key'])\n")
    status, error, body, response = lab.invoke(name, {"key": "input/a.jpg"})
    assert (status, error) == (200, "Unhandled")
    assert body["errorType"] == "ValueError"
    assert body["errorMessage"] == "no photo in input/a.jpg"
    assert re.fullmatch(r"[0-9a-f-]{36}", body["requestId"])
    assert response["ResponseMetadata"]["RequestId"] == body["requestId"], "one request id, as on AWS"
    assert len(body["stackTrace"]) == 1 and 'lambda_function.py", line 2, in lambda_handler' in body["stackTrace"][0]
    # The same error is in the log, as one event.
    messages = [m for _, m in lab.log_messages(name)]
    assert any(m.startswith("[ERROR] ValueError: no photo in input/a.jpg\rTraceback") for m in messages)


WRITES_MARKER = """
import boto3, os
def lambda_handler(event, context):
    boto3.client("s3").put_object(Bucket=event["bucket"], Key=event["key"], Body=b"ran")
    return "written"
"""


def test_event_answers_202_at_once_and_runs_in_the_background(lab):
    bucket = unique("event-bucket")
    lab.s3.create_bucket(Bucket=bucket)
    name = lab.function("import time\n" + WRITES_MARKER.replace('    boto3', '    time.sleep(1)\n    boto3'))
    started = time.monotonic()
    status, error, body, _ = lab.invoke(name, {"bucket": bucket, "key": "done.txt"}, InvocationType="Event")
    assert (status, error) == (202, None)
    assert time.monotonic() - started < 1.0, "Event must not wait for the handler"
    written = wait_for(lambda: lab.s3.list_objects_v2(Bucket=bucket).get("KeyCount", 0) == 1)
    assert written, "the background run never wrote its object"
    assert lab.s3.get_object(Bucket=bucket, Key="done.txt")["Body"].read() == b"ran"


def test_dry_run_answers_204_and_runs_nothing(lab):
    bucket = unique("dryrun-bucket")
    lab.s3.create_bucket(Bucket=bucket)
    name = lab.function(WRITES_MARKER)
    status, error, _, _ = lab.invoke(name, {"bucket": bucket, "key": "done.txt"}, InvocationType="DryRun")
    assert (status, error) == (204, None)
    time.sleep(1)
    assert lab.s3.list_objects_v2(Bucket=bucket).get("KeyCount", 0) == 0
    assert lab.log_messages(name) == []


# PIL: what guide 001's function imports; moto: in the server's own virtualenv, so it must not leak.
@pytest.mark.parametrize("package", ["PIL", "moto"])
def test_a_package_missing_from_the_zip_fails_to_import_as_on_aws(lab, package):
    name = lab.function(f"import {package}\ndef lambda_handler(event, context):\n    return 1\n")
    status, error, body, _ = lab.invoke(name)
    assert (status, error) == (200, "Unhandled")
    assert body == {
        "errorMessage": f"Unable to import module 'lambda_function': No module named '{package}'",
        "errorType": "Runtime.ImportModuleError",
        "requestId": "",
        "stackTrace": [],
    }
    messages = [m for _, m in lab.log_messages(name)]
    assert f"[ERROR] Runtime.ImportModuleError: Unable to import module 'lambda_function': No module named '{package}'" in messages
    assert any(m.startswith("INIT_REPORT Init Duration:") and "Status: error\tError Type: Runtime.ImportModuleError" in m for m in messages)


def test_a_layer_provides_packages_under_python(lab):
    from lambda_support import zip_of

    layer = lab.lam.publish_layer_version(
        LayerName=unique("imaging"),
        Content={"ZipFile": zip_of({"python/thumbnails.py": "def size(w, h, most):\n    r = most / max(w, h)\n    return [round(w * r), round(h * r)]\n"})},
        CompatibleRuntimes=["python3.12"],
    )["LayerVersionArn"]
    name = lab.function("import thumbnails\ndef lambda_handler(event, context):\n    return thumbnails.size(4000, 3000, 800)\n")
    assert lab.invoke(name)[1] == "Unhandled", "without the layer the module is missing"
    lab.lam.update_function_configuration(FunctionName=name, Layers=[layer])
    _, error, body, _ = lab.invoke(name)
    assert (error, body) == (None, [800, 600])


def test_a_missing_handler_function_is_handler_not_found(lab):
    name = lab.function("def other(event, context):\n    return 1\n")
    _, error, body, _ = lab.invoke(name)
    assert error == "Unhandled"
    assert body["errorType"] == "Runtime.HandlerNotFound"
    assert body["errorMessage"] == "Handler 'lambda_handler' missing on module 'lambda_function'"


def test_only_code_layers_and_boto3_are_importable(lab):
    name = lab.function(
        "import sys, importlib.util\n"
        "def lambda_handler(event, context):\n"
        "    return {m: importlib.util.find_spec(m) is not None for m in ('boto3', 'botocore', 'moto', 'flask', 'pytest')}\n"
    )
    _, error, body, _ = lab.invoke(name)
    assert error is None
    assert body == {"boto3": True, "botocore": True, "moto": False, "flask": False, "pytest": False}


def test_the_handler_sees_its_environment_and_context(lab, endpoint):
    name = lab.function(
        "import os\n"
        "def lambda_handler(event, context):\n"
        "    env = {k: os.environ.get(k) for k in ('PHOTO_BUCKET', 'AWS_LAMBDA_FUNCTION_NAME', 'AWS_LAMBDA_FUNCTION_MEMORY_SIZE',\n"
        "        'AWS_LAMBDA_FUNCTION_VERSION', 'AWS_LAMBDA_LOG_GROUP_NAME', 'AWS_LAMBDA_LOG_STREAM_NAME', 'AWS_REGION',\n"
        "        'AWS_DEFAULT_REGION', 'LAMBDA_TASK_ROOT', 'AWS_ENDPOINT_URL', '_X_AMZN_TRACE_ID')}\n"
        "    ctx = {k: getattr(context, k) for k in ('aws_request_id', 'function_name', 'function_version',\n"
        "        'invoked_function_arn', 'memory_limit_in_mb', 'log_group_name', 'log_stream_name')}\n"
        "    ctx['remaining'] = context.get_remaining_time_in_millis()\n"
        "    return {'env': env, 'ctx': ctx, 'cwd': os.getcwd()}\n",
        env={"PHOTO_BUCKET": "photos"},
        timeout=7,
    )
    _, error, body, response = lab.invoke(name)
    assert error is None
    env, ctx = body["env"], body["ctx"]
    assert ctx["aws_request_id"] == response["ResponseMetadata"]["RequestId"]
    assert env["PHOTO_BUCKET"] == "photos"
    assert env["AWS_LAMBDA_FUNCTION_NAME"] == name
    assert env["AWS_LAMBDA_FUNCTION_MEMORY_SIZE"] == "128"
    assert env["AWS_LAMBDA_FUNCTION_VERSION"] == "$LATEST"
    assert env["AWS_LAMBDA_LOG_GROUP_NAME"] == f"/aws/lambda/{name}"
    assert re.fullmatch(r"\d{4}/\d{2}/\d{2}/\[\$LATEST\][0-9a-f]{32}", env["AWS_LAMBDA_LOG_STREAM_NAME"])
    assert env["AWS_REGION"] == env["AWS_DEFAULT_REGION"] == "us-east-1"
    assert env["AWS_ENDPOINT_URL"] == endpoint
    assert env["LAMBDA_TASK_ROOT"] == body["cwd"]
    assert re.fullmatch(r"Root=1-[0-9a-f]{8}-[0-9a-f]{24};Parent=[0-9a-f]{16};Sampled=0;Lineage=[0-9a-f]{8}:1", env["_X_AMZN_TRACE_ID"])
    assert ctx["function_name"] == name and ctx["function_version"] == "$LATEST"
    assert ctx["invoked_function_arn"] == f"arn:aws:lambda:us-east-1:{ACCOUNT}:function:{name}"
    assert ctx["memory_limit_in_mb"] == "128"
    assert ctx["log_group_name"] == env["AWS_LAMBDA_LOG_GROUP_NAME"]
    assert ctx["log_stream_name"] == env["AWS_LAMBDA_LOG_STREAM_NAME"]
    uuid.UUID(ctx["aws_request_id"])
    assert 5000 < ctx["remaining"] <= 7000


def test_the_handler_calls_aws_as_its_execution_role(lab):
    name = lab.function("import boto3\ndef lambda_handler(event, context):\n    return boto3.client('sts').get_caller_identity()['Arn']\n")
    _, error, body, _ = lab.invoke(name)
    assert error is None
    assert body == f"arn:aws:sts::{ACCOUNT}:assumed-role/{lab.role_name}/{name}"


def test_a_run_past_the_timeout_is_stopped_and_its_worker_discarded(lab):
    name = lab.function(
        "import time\ncalls = 0\n"
        "def lambda_handler(event, context):\n"
        "    global calls\n    calls += 1\n"
        "    if event.get('sleep'):\n        time.sleep(30)\n"
        "    return calls\n",
        timeout=1,
    )
    started = time.monotonic()
    _, error, body, _ = lab.invoke(name, {"sleep": True})
    assert time.monotonic() - started < 5
    assert error == "Unhandled"
    assert body["errorType"] == "Sandbox.Timedout"
    assert re.fullmatch(r"RequestId: [0-9a-f-]{36} Error: Task timed out after 1\.00 seconds", body["errorMessage"])
    messages = [m for _, m in lab.log_messages(name)]
    assert any(re.fullmatch(r"\S+Z [0-9a-f-]{36} Task timed out after 1\.00 seconds", m) for m in messages)
    assert any(m.startswith("REPORT ") and m.endswith("Status: timeout") for m in messages)
    # The killed worker's module state is gone: the next run is a cold start.
    assert lab.invoke(name)[2] == 1


def test_each_run_writes_start_output_end_and_report_to_its_log_group(lab):
    name = lab.function("print('module loaded')\ndef lambda_handler(event, context):\n    print('resizing', event['key'])\n    return 'ok'\n")
    lab.invoke(name, {"key": "input/cat.jpg"})
    lab.invoke(name, {"key": "input/dog.png"})
    entries = lab.log_messages(name)
    streams = {s for s, _ in entries}
    assert len(streams) == 1, "one warm environment, one stream"
    assert re.fullmatch(r"\d{4}/\d{2}/\d{2}/\[\$LATEST\][0-9a-f]{32}", streams.pop())
    messages = [m for _, m in entries]
    assert messages[0].startswith("INIT_START Runtime Version: python:3.12")
    assert messages[1] == "module loaded"
    start, output, end, report = messages[2:6]
    rid = re.fullmatch(r"START RequestId: ([0-9a-f-]{36}) Version: \$LATEST", start).group(1)
    assert output == "resizing input/cat.jpg"
    assert end == f"END RequestId: {rid}"
    assert re.fullmatch(
        rf"REPORT RequestId: {rid}\tDuration: [\d.]+ ms\tBilled Duration: \d+ ms\tMemory Size: 128 MB\tMax Memory Used: \d+ MB\tInit Duration: [\d.]+ ms",
        report,
    )
    assert messages[7] == "resizing input/dog.png"
    assert "Init Duration" not in messages[9], "a warm run has no init"


def test_tail_log_type_returns_the_runs_log(lab):
    import base64

    name = lab.function("def lambda_handler(event, context):\n    print('tail me')\n    return 1\n")
    response = lab.invoke(name, LogType="Tail")[3]
    tail = base64.b64decode(response["LogResult"]).decode()
    assert "tail me" in tail and tail.splitlines()[-1].startswith("REPORT RequestId:")


def test_a_process_that_exits_is_a_runtime_exit_error(lab):
    name = lab.function("import os\ndef lambda_handler(event, context):\n    os._exit(3)\n")
    _, error, body, _ = lab.invoke(name)
    assert error == "Unhandled"
    assert body["errorType"] == "Runtime.ExitError"
    assert body["errorMessage"].endswith("Error: Runtime exited with error: exit status 3")


def test_concurrent_invocations_run_on_separate_workers(lab):
    from concurrent.futures import ThreadPoolExecutor

    name = lab.function("import os, time\ndef lambda_handler(event, context):\n    time.sleep(1)\n    return os.getpid()\n")
    lab.invoke(name)  # one warm worker; the other two start cold
    started = time.monotonic()
    with ThreadPoolExecutor(3) as threads:
        pids = list(threads.map(lambda _: lab.invoke(name)[2], range(3)))
    assert len(set(pids)) == 3
    assert time.monotonic() - started < 2.8, "three 1 s runs at once, not one after another"


COUNTER = "calls = 0\ndef lambda_handler(event, context):\n    global calls\n    calls += 1\n    return {'calls': calls, 'code': 'CODE'}\n"


def test_a_warm_worker_keeps_module_state_and_an_update_discards_it(lab):
    from lambda_support import zip_of

    name = lab.function(COUNTER.replace("CODE", "v1"))
    assert lab.invoke(name)[2] == {"calls": 1, "code": "v1"}
    assert lab.invoke(name)[2] == {"calls": 2, "code": "v1"}
    lab.lam.update_function_code(FunctionName=name, ZipFile=zip_of({"lambda_function.py": COUNTER.replace("CODE", "v2")}))
    assert lab.invoke(name)[2] == {"calls": 1, "code": "v2"}
    assert lab.invoke(name)[2] == {"calls": 2, "code": "v2"}
    lab.lam.update_function_configuration(FunctionName=name, Environment={"Variables": {"STAGE": "prod"}})
    assert lab.invoke(name)[2] == {"calls": 1, "code": "v2"}


def test_a_non_python_runtime_answers_a_clear_error(lab):
    name = lab.function("exports.handler = async () => 1;", runtime="nodejs22.x", handler="index.handler", files={"index.js": "exports.handler = async () => 1;"})
    status, error, body, _ = lab.invoke(name)
    assert (status, error) == (200, "Unhandled")
    assert body["errorType"] == "Runtime.Unsupported"
    assert "nodejs22.x" in body["errorMessage"] and "Python" in body["errorMessage"]
    assert any("Runtime.Unsupported" in m for _, m in lab.log_messages(name))


@pytest.mark.skipif(bool(interpreter_for("python3.14") and interpreter_for("python3.14").exact), reason="this machine has Python 3.14")
def test_a_missing_python_version_runs_on_the_newest_and_says_so(lab):
    name = lab.function("import sys\ndef lambda_handler(event, context):\n    return list(sys.version_info[:2])\n", runtime="python3.14")
    _, error, body, _ = lab.invoke(name)
    fallback = interpreter_for("python3.14")
    assert error is None and body == list(fallback.version[:2])
    notes = [m for _, m in lab.log_messages(name) if m.startswith("NubeLab: this machine has no Python 3.14")]
    assert notes and f"Python {fallback.version_text} ({fallback.path}) ran it" in notes[0]


SUPPORTED_PYTHON_RUNTIMES = ["python3.10", "python3.11", "python3.12", "python3.13"]


@pytest.mark.parametrize("runtime", SUPPORTED_PYTHON_RUNTIMES)
def test_each_python_runtime_runs_on_its_own_interpreter_with_boto3(lab, runtime):
    interpreter = interpreter_for(runtime)
    if not (interpreter and interpreter.exact):
        pytest.skip(f"this machine has no {runtime}")
    name = lab.function(
        "import sys, boto3\n"
        "def lambda_handler(event, context):\n"
        "    return [sys.executable, list(sys.version_info[:3]), boto3.client('sts').get_caller_identity()['Account']]\n",
        runtime=runtime,
    )
    _, error, body, _ = lab.invoke(name)
    assert error is None, body
    assert body == [interpreter.path, list(interpreter.version), ACCOUNT]
