"""Glue Python shell jobs run their script (glue_runs/jobs.py), checked over HTTP."""
import io
import json

import pyarrow.parquet as pq
import pytest
from data_lake_support import TAXI_SAMPLE, DataLake, unique, wait_for

TRUST = {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "glue.amazonaws.com"}, "Action": "sts:AssumeRole"}]}

ETL = """
import sys
import boto3
import pandas as pd
from awsglue.utils import getResolvedOptions

args = getResolvedOptions(sys.argv, ["JOB_NAME", "bucket", "source", "target"])
s3 = boto3.client("s3")
frame = pd.read_csv(s3.get_object(Bucket=args["bucket"], Key=args["source"])["Body"])
frame.columns = [c.lower() for c in frame.columns]
clean = frame[frame["fare_amount"] > 0][["vendorid", "tpep_pickup_datetime", "payment_type", "fare_amount"]]
clean["tpep_pickup_datetime"] = pd.to_datetime(clean["tpep_pickup_datetime"])
body = clean.to_parquet(index=False)
s3.put_object(Bucket=args["bucket"], Key=args["target"], Body=body)
print(f"job {args['JOB_NAME']} wrote {len(clean)} rows as", boto3.client("sts").get_caller_identity()["Arn"])
"""


@pytest.fixture(scope="module")
def lake(boto_client):
    lake = DataLake(boto_client)
    lake.role_name = unique("glue-role")
    lake.role = lake.iam.create_role(RoleName=lake.role_name, AssumeRolePolicyDocument=json.dumps(TRUST))["Role"]["Arn"]
    lake.put("raw/taxi.csv", TAXI_SAMPLE.read_bytes())
    return lake


def job(lake, source, kind="pythonshell", default_arguments=None, timeout=None):
    name = unique("job")
    lake.put(f"scripts/{name}.py", source)
    kwargs = {"Timeout": timeout} if timeout else {}
    kwargs.update({"MaxCapacity": 0.0625} if kind == "pythonshell" else {"GlueVersion": "5.0", "WorkerType": "G.1X", "NumberOfWorkers": 2})
    lake.glue.create_job(Name=name, Role=lake.role_name, Command={"Name": kind, "ScriptLocation": f"s3://{lake.bucket}/scripts/{name}.py", "PythonVersion": "3.9"},
                         DefaultArguments=default_arguments or {}, **kwargs)
    return name


def run(lake, name, arguments=None):
    run_id = lake.glue.start_job_run(JobName=name, Arguments=arguments or {})["JobRunId"]
    first = lake.glue.get_job_run(JobName=name, RunId=run_id)["JobRun"]["JobRunState"]
    final = wait_for(lambda: (r := lake.glue.get_job_run(JobName=name, RunId=run_id)["JobRun"])["JobRunState"] not in ("STARTING", "RUNNING") and r, timeout_s=90)
    assert final, "the run never ended"
    return run_id, first, final


def log_lines(lake, group, stream):
    return [e["message"] for e in lake.logs.get_log_events(logGroupName=group, logStreamName=stream, startFromHead=True)["events"]]


def test_a_pandas_script_runs_with_its_arguments_and_writes_parquet(lake):
    name = job(lake, ETL, default_arguments={"--bucket": lake.bucket, "--source": "raw/taxi.csv"})
    run_id, first, final = run(lake, name, {"--target": "processed/trips.parquet"})
    assert first in ("STARTING", "RUNNING")
    assert final["JobRunState"] == "SUCCEEDED", final.get("ErrorMessage")
    assert "CompletedOn" in final and final["LogGroupName"] == "/aws-glue/python-jobs"
    table = pq.read_table(io.BytesIO(lake.s3.get_object(Bucket=lake.bucket, Key="processed/trips.parquet")["Body"].read()))
    assert table.column_names == ["vendorid", "tpep_pickup_datetime", "payment_type", "fare_amount"]
    assert 0 < table.num_rows <= 500
    output = log_lines(lake, "/aws-glue/python-jobs/output", run_id)
    assert any(f"job {name} wrote {table.num_rows} rows as" in line and ":assumed-role/" + lake.role_name + "/" in line for line in output), output


def test_a_script_that_raises_fails_with_its_error_in_the_run_and_the_error_log(lake):
    name = job(lake, "import sys\nprint('starting')\nraise ValueError('fare_amount column is missing')\n")
    run_id, _, final = run(lake, name)
    assert final["JobRunState"] == "FAILED"
    assert final["ErrorMessage"] == "ValueError: fare_amount column is missing"
    assert any("Traceback" in line for line in log_lines(lake, "/aws-glue/python-jobs/error", run_id))
    assert log_lines(lake, "/aws-glue/python-jobs/output", run_id) == ["starting"]


def test_a_missing_required_argument_fails_like_getresolvedoptions(lake):
    name = job(lake, "import sys\nfrom awsglue.utils import getResolvedOptions\ngetResolvedOptions(sys.argv, ['target'])\n")
    _, _, final = run(lake, name)
    assert final["JobRunState"] == "FAILED"
    assert "the following arguments are required: --target" in final["ErrorMessage"]


@pytest.mark.parametrize("module", ["moto", "duckdb"])
def test_the_server_packages_do_not_leak_into_the_job(lake, module):
    name = job(lake, f"import {module}\n")
    _, _, final = run(lake, name)
    assert final["JobRunState"] == "FAILED"
    assert final["ErrorMessage"] == f"ModuleNotFoundError: No module named '{module}'"


def test_spark_jobs_are_not_run_and_say_so(lake):
    name = job(lake, "print('never')\n", kind="glueetl")
    _, _, final = run(lake, name)
    assert final["JobRunState"] == "FAILED"
    assert "only Python shell jobs" in final["ErrorMessage"] and "'glueetl'" in final["ErrorMessage"]


def test_get_job_runs_lists_the_newest_first(lake):
    name = job(lake, "print('hi')\n")
    first, _, _ = run(lake, name)
    second, _, _ = run(lake, name)
    assert [r["Id"] for r in lake.glue.get_job_runs(JobName=name)["JobRuns"]] == [second, first]


def test_a_missing_script_fails(lake):
    name = unique("job")
    lake.glue.create_job(Name=name, Role=lake.role_name, Command={"Name": "pythonshell", "ScriptLocation": f"s3://{lake.bucket}/scripts/nope.py"})
    _, _, final = run(lake, name)
    assert final["JobRunState"] == "FAILED" and "nope.py" in final["ErrorMessage"]
