"""Helpers for the Lambda tests: zip a handler, create a function with a real role, read its logs.
Everything goes over HTTP to the session's moto server, as a lab would."""
import io
import json
import time
import uuid
import zipfile

ACCOUNT = "123456789012"
TRUST = {
    "Version": "2012-10-17",
    "Statement": [{"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}],
}


def zip_of(files):
    """{path: source} → zip bytes, as `zip -r` of a deployment package."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for path, source in files.items():
            archive.writestr(path, source)
    return buffer.getvalue()


def unique(prefix):
    return f"{prefix}-{uuid.uuid4().hex[:8]}"


class LambdaLab:
    def __init__(self, boto_client):
        self.lam = boto_client("lambda")
        self.s3 = boto_client("s3")
        self.logs = boto_client("logs")
        self.iam = boto_client("iam")
        self.role_name = unique("fn-role")
        self.role_arn = self.iam.create_role(RoleName=self.role_name, AssumeRolePolicyDocument=json.dumps(TRUST))["Role"]["Arn"]

    def function(self, source, runtime="python3.12", timeout=3, env=None, name=None, handler="lambda_function.lambda_handler", files=None):
        name = name or unique("fn")
        self.lam.create_function(
            FunctionName=name,
            Runtime=runtime,
            Role=self.role_arn,
            Handler=handler,
            Code={"ZipFile": zip_of(files or {"lambda_function.py": source})},
            Timeout=timeout,
            Environment={"Variables": env or {}},
        )
        return name

    def invoke(self, name, payload=None, **kwargs):
        """(status, function error or None, decoded JSON payload or raw text, response)."""
        response = self.lam.invoke(FunctionName=name, Payload=json.dumps(payload or {}).encode(), **kwargs)
        raw = response["Payload"].read().decode()
        try:
            body = json.loads(raw) if raw else None
        except ValueError:
            body = raw
        return response["StatusCode"], response.get("FunctionError"), body, response

    def log_messages(self, name):
        """Every event of /aws/lambda/<name>, stream by stream, oldest first; [] when the group is absent."""
        group = f"/aws/lambda/{name}"
        if not self.logs.describe_log_groups(logGroupNamePrefix=group)["logGroups"]:
            return []
        messages = []
        for stream in self.logs.describe_log_streams(logGroupName=group)["logStreams"]:
            events = self.logs.get_log_events(logGroupName=group, logStreamName=stream["logStreamName"], startFromHead=True)["events"]
            messages += [(e["timestamp"], stream["logStreamName"], e["message"]) for e in events]
        return [(s, m) for _, s, m in sorted(messages, key=lambda e: e[0])]


def wait_for(predicate, timeout_s=15, every_s=0.1):
    """The predicate's first truthy value, or its last value once the time is up."""
    deadline = time.monotonic() + timeout_s
    while True:
        value = predicate()
        if value or time.monotonic() > deadline:
            return value
        time.sleep(every_s)
