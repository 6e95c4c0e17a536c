"""S3 event notifications run the function asynchronously, and loops are stopped
(lambda_runs/s3_events.py, tracing.py)."""
import json
import re
import time

import pytest
from lambda_support import LambdaLab, unique, wait_for


@pytest.fixture(scope="module")
def lab(endpoint, boto_client, lambda_sdk):
    return LambdaLab(boto_client)


def notify(lab, bucket, function_name, rules=None):
    arn = lab.lam.get_function(FunctionName=function_name)["Configuration"]["FunctionArn"]
    config = {"LambdaFunctionArn": arn, "Events": ["s3:ObjectCreated:*"]}
    if rules:
        config["Filter"] = {"Key": {"FilterRules": [{"Name": n, "Value": v} for n, v in rules.items()]}}
    lab.s3.put_bucket_notification_configuration(Bucket=bucket, NotificationConfiguration={"LambdaFunctionConfigurations": [config]})


# Copies input/<name> to output/<name> after a pause, and keeps the record it received.
SLOW_COPY = """
import json, time, urllib.parse
import boto3

s3 = boto3.client("s3")

def lambda_handler(event, context):
    time.sleep(1.5)
    record = event["Records"][0]
    bucket = record["s3"]["bucket"]["name"]
    key = urllib.parse.unquote_plus(record["s3"]["object"]["key"])
    body = s3.get_object(Bucket=bucket, Key=key)["Body"].read()
    out = "output/" + key[len("input/"):]
    s3.put_object(Bucket=bucket, Key=out, Body=body)
    s3.put_object(Bucket=bucket, Key=out + ".event.json", Body=json.dumps(event).encode())
"""


def test_a_matching_upload_triggers_the_function_without_waiting_for_it(lab):
    bucket = unique("photos")
    lab.s3.create_bucket(Bucket=bucket)
    name = lab.function(SLOW_COPY, timeout=10)
    notify(lab, bucket, name, {"prefix": "input/", "suffix": ".jpg"})

    lab.s3.put_object(Bucket=bucket, Key="input/notes.txt", Body=b"wrong suffix")
    lab.s3.put_object(Bucket=bucket, Key="other/cat.jpg", Body=b"wrong prefix")
    started = time.monotonic()
    put = lab.s3.put_object(Bucket=bucket, Key="input/my cat.jpg", Body=b"\xff\xd8 jpeg bytes")
    assert time.monotonic() - started < 1.0, "the upload must not wait for the 1.5 s function"

    copied = wait_for(lambda: "output/my cat.jpg" in keys(lab, bucket), timeout_s=20)
    assert copied, f"the function never wrote its output; log: {lab.log_messages(name)}"
    assert lab.s3.get_object(Bucket=bucket, Key="output/my cat.jpg")["Body"].read() == b"\xff\xd8 jpeg bytes"

    event = json.loads(lab.s3.get_object(Bucket=bucket, Key="output/my cat.jpg.event.json")["Body"].read())
    record = event["Records"][0]
    assert record["eventVersion"] == "2.1"
    assert record["eventSource"] == "aws:s3"
    assert record["awsRegion"] == "us-east-1"
    assert record["eventName"] == "ObjectCreated:Put"
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z", record["eventTime"])
    assert record["s3"]["bucket"]["name"] == bucket
    assert record["s3"]["bucket"]["arn"] == f"arn:aws:s3:::{bucket}"
    assert record["s3"]["object"]["key"] == "input/my+cat.jpg"  # "+" for the space, "/" kept
    assert record["s3"]["object"]["size"] == len(b"\xff\xd8 jpeg bytes")
    assert record["s3"]["object"]["eTag"] == put["ETag"].strip('"')
    assert re.fullmatch(r"[0-9A-F]{16,}", record["s3"]["object"]["sequencer"])

    time.sleep(1)  # the non-matching uploads were made first: had they triggered, they would show by now
    starts = [m for _, m in lab.log_messages(name) if m.startswith("START RequestId:")]
    assert len(starts) == 1
    assert not any(k.startswith("output/") and "cat.jpg" not in k for k in keys(lab, bucket))


def keys(lab, bucket):
    return [o["Key"] for o in lab.s3.list_objects_v2(Bucket=bucket).get("Contents", [])]


# Writes a new object into its own bucket for every object it is told about: an endless loop on AWS
# too, were it not for recursive loop detection.
SELF_TRIGGERING = """
import urllib.parse
import boto3

s3 = boto3.client("s3")

def lambda_handler(event, context):
    record = event["Records"][0]["s3"]
    key = urllib.parse.unquote_plus(record["object"]["key"])
    s3.put_object(Bucket=record["bucket"]["name"], Key=key + "+", Body=b"again")
"""


def test_a_function_writing_where_it_is_triggered_is_stopped_after_16_runs(lab):
    bucket = unique("loop")
    lab.s3.create_bucket(Bucket=bucket)
    name = lab.function(SELF_TRIGGERING, timeout=10)
    notify(lab, bucket, name)  # no prefix: every write triggers the function again

    lab.s3.put_object(Bucket=bucket, Key="photo.jpg", Body=b"first")

    def stopped():
        return [m for _, m in lab.log_messages(name) if m.startswith("Recursive loop stopped")]

    notes = wait_for(stopped, timeout_s=60, every_s=0.3)
    assert notes, f"the loop was never stopped; objects so far: {len(keys(lab, bucket))}"
    assert f"{name} would have run for the 17th time" in notes[0]
    assert "Bucle recursivo detenido" in notes[0]
    time.sleep(1)
    # The upload plus one object per run: 16 runs, then nothing more.
    assert len(keys(lab, bucket)) == 17
    starts = [m for _, m in lab.log_messages(name) if m.startswith("START RequestId:")]
    assert len(starts) == 16
    assert len(stopped()) == 1


def test_a_notification_for_a_deleted_function_does_not_fail_the_upload(lab):
    bucket = unique("orphan")
    lab.s3.create_bucket(Bucket=bucket)
    name = lab.function("def lambda_handler(event, context):\n    return 1\n")
    notify(lab, bucket, name)
    lab.lam.delete_function(FunctionName=name)
    assert lab.s3.put_object(Bucket=bucket, Key="a.txt", Body=b"x")["ResponseMetadata"]["HTTPStatusCode"] == 200
    assert keys(lab, bucket) == ["a.txt"]
