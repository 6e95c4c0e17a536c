"""How long the embedded emulator takes to run the data lab's path, printed as one JSON line.

Starts its own server (as bench_lambda.py does), uploads the taxi sample (data/taxi-sample.csv)
under raw/taxi/, then measures:
  - crawler_run_ms: StartCrawler over raw/ until the crawler is READY again (table created);
  - job_run_ms: StartJobRun of a pythonshell job (pandas: read the CSV, clean, write Parquet under
    processed/trips/) until the run SUCCEEDED;
  - query_latency_ms: median of several runs of StartQueryExecution (average fare by payment type
    over the Parquet table) until SUCCEEDED, plus GetQueryResults;
  - server_peak_rss_mb: the server process's peak resident memory (VmHWM) at the end (the job's
    own subprocess is not included: job_peak_rss_mb is not measured).
Usage: .venv/bin/python emulator/bench_glue_athena.py
"""
import json
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE / "tests")]

import boto3  # noqa: E402
import conftest  # noqa: E402
from bench_lambda import start_server  # noqa: E402
from botocore.config import Config  # noqa: E402

SAMPLE = HERE.parent / "data" / "taxi-sample.csv"
QUERY_RUNS = 7
BUCKET, RESULTS, DATABASE = "bench-lake", "bench-athena-results", "taxi"
JOB_SCRIPT = """
import sys
import boto3
import pandas as pd
from awsglue.utils import getResolvedOptions

args = getResolvedOptions(sys.argv, ["bucket"])
s3 = boto3.client("s3")
frame = pd.read_csv(s3.get_object(Bucket=args["bucket"], Key="raw/taxi/taxi-sample.csv")["Body"])
frame.columns = [c.lower() for c in frame.columns]
clean = frame[frame["fare_amount"] > 0].copy()
clean["tpep_pickup_datetime"] = pd.to_datetime(clean["tpep_pickup_datetime"])
s3.put_object(Bucket=args["bucket"], Key="processed/trips/part-0.parquet", Body=clean.to_parquet(index=False))
"""
QUERY = "SELECT payment_type, count(*) AS trips, round(avg(fare_amount), 2) AS avg_fare FROM trips GROUP BY payment_type ORDER BY payment_type"


def wait(check, timeout_s=120):
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(0.02)
    raise AssertionError("timed out")


def peak_rss_mb(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 1024, 1)
    return None


def measure(url):
    session = boto3.session.Session(aws_access_key_id="bench", aws_secret_access_key="bench", region_name="us-east-1")
    config = Config(s3={"addressing_style": "path"}, retries={"max_attempts": 1})
    s3, glue, athena, iam = (session.client(s, endpoint_url=url, config=config) for s in ("s3", "glue", "athena", "iam"))
    for bucket in (BUCKET, RESULTS):
        s3.create_bucket(Bucket=bucket)
    s3.put_object(Bucket=BUCKET, Key="raw/taxi/taxi-sample.csv", Body=SAMPLE.read_bytes())
    s3.put_object(Bucket=BUCKET, Key="scripts/clean.py", Body=JOB_SCRIPT.encode())
    trust = {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "glue.amazonaws.com"}, "Action": "sts:AssumeRole"}]}
    iam.create_role(RoleName="bench-glue", AssumeRolePolicyDocument=json.dumps(trust))
    glue.create_database(DatabaseInput={"Name": DATABASE})

    def crawl(name, path):
        glue.create_crawler(Name=name, Role="bench-glue", DatabaseName=DATABASE, Targets={"S3Targets": [{"Path": path}]})
        started = time.perf_counter()
        glue.start_crawler(Name=name)
        wait(lambda: glue.get_crawler(Name=name)["Crawler"]["State"] == "READY")
        assert glue.get_crawler(Name=name)["Crawler"]["LastCrawl"]["Status"] == "SUCCEEDED"
        return (time.perf_counter() - started) * 1000

    crawler_ms = crawl("bench-raw", f"s3://{BUCKET}/raw/")

    glue.create_job(Name="bench-clean", Role="bench-glue", Command={"Name": "pythonshell", "ScriptLocation": f"s3://{BUCKET}/scripts/clean.py", "PythonVersion": "3.9"},
                    DefaultArguments={"--bucket": BUCKET}, MaxCapacity=0.0625)
    started = time.perf_counter()
    run_id = glue.start_job_run(JobName="bench-clean")["JobRunId"]
    final = wait(lambda: (r := glue.get_job_run(JobName="bench-clean", RunId=run_id)["JobRun"])["JobRunState"] not in ("STARTING", "RUNNING") and r)
    job_ms = (time.perf_counter() - started) * 1000
    assert final["JobRunState"] == "SUCCEEDED", final.get("ErrorMessage")

    crawl("bench-processed", f"s3://{BUCKET}/processed/")

    def query():
        started = time.perf_counter()
        qid = athena.start_query_execution(QueryString=QUERY, QueryExecutionContext={"Database": DATABASE}, ResultConfiguration={"OutputLocation": f"s3://{RESULTS}/"})["QueryExecutionId"]
        state = wait(lambda: (s := athena.get_query_execution(QueryExecutionId=qid)["QueryExecution"]["Status"]["State"]) in ("SUCCEEDED", "FAILED") and s)
        assert state == "SUCCEEDED", athena.get_query_execution(QueryExecutionId=qid)["QueryExecution"]["Status"]
        rows = athena.get_query_results(QueryExecutionId=qid)["ResultSet"]["Rows"]
        assert len(rows) > 1
        return (time.perf_counter() - started) * 1000

    query()  # the first query also imports DuckDB's extensions: not a typical query's cost
    latencies = [query() for _ in range(QUERY_RUNS)]
    return crawler_ms, job_ms, latencies


def main():
    url, proc = start_server()
    try:
        crawler_ms, job_ms, latencies = measure(url)
        peak = peak_rss_mb(proc.pid)
    finally:
        conftest._stop(proc)
    print(json.dumps({
        "glue_crawler_run_ms": round(crawler_ms, 1),
        "glue_job_run_ms": round(job_ms, 1),
        "athena_query_latency_ms": round(statistics.median(latencies), 1),
        "server_peak_rss_mb": peak,
        "runs": {"query": QUERY_RUNS},
    }))


if __name__ == "__main__":
    main()
