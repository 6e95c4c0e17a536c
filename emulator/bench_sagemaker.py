"""How long the embedded emulator takes to train and serve the ml-endpoint lab's model, printed as
one JSON line.

Starts its own server (as bench_lambda.py does), writes the taxi sample as the glue-catalog job
does (processed/trips/trips.parquet), uploads labs/ml-endpoint/code/train.py as sourcedir.tar.gz,
then measures:
  - training_ms: CreateTrainingJob (scikit-learn script mode, GradientBoostingRegressor on the
    sample) until the job is Completed and model.tar.gz is in S3;
  - endpoint_cold_start_ms: CreateEndpoint until InService (the worker process starts and
    model_fn loads the model);
  - first_prediction_ms and prediction_latency_ms (median of PREDICTIONS calls): InvokeEndpoint
    with one CSV trip, end to end over HTTP;
  - server_peak_rss_mb and endpoint_worker_peak_rss_mb: peak resident memory (VmHWM) of the
    server and of the endpoint's worker process (the training subprocess has exited by then).
Usage: .venv/bin/python emulator/bench_sagemaker.py
"""
import io
import json
import statistics
import sys
import tarfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE / "tests")]

import boto3  # noqa: E402
import conftest  # noqa: E402
import pandas as pd  # noqa: E402
from bench_glue_athena import peak_rss_mb, wait  # noqa: E402
from bench_lambda import start_server  # noqa: E402
from botocore.config import Config  # noqa: E402

ROOT = HERE.parent
SAMPLE = ROOT / "data" / "taxi-sample.csv"
SCRIPT = ROOT / "labs" / "ml-endpoint" / "code" / "train.py"
IMAGE = "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-scikit-learn:1.4-2-cpu-py3"
BUCKET = "bench-ml"
PREDICTIONS = 20
TRIP = b"3.2,14,18,1\n"


def processed_trips():
    """The sample cleaned as labs/glue-catalog/job/raw_to_parquet.py cleans it, as Parquet."""
    trips = pd.read_csv(SAMPLE)
    trips.columns = [c.lower() for c in trips.columns]
    for column in ("tpep_pickup_datetime", "tpep_dropoff_datetime"):
        trips[column] = pd.to_datetime(trips[column], errors="coerce")
    trips = trips.dropna(subset=["tpep_pickup_datetime", "tpep_dropoff_datetime"])
    trips = trips[(trips["fare_amount"] > 0) & (trips["trip_distance"] > 0)]
    body = io.BytesIO()
    trips.to_parquet(body, index=False, coerce_timestamps="ms", allow_truncated_timestamps=True)
    return body.getvalue(), len(trips)


def sourcedir():
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as archive:
        archive.add(SCRIPT, arcname="train.py")
    return buffer.getvalue()


def worker_pids(server_pid):
    """The server's child processes (the endpoint's worker among them), by their parent pid."""
    pids = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        if int(stat.rsplit(")", 1)[1].split()[1]) == server_pid:
            pids.append(int(entry.name))
    return pids


def measure(url, server_pid):
    session = boto3.session.Session(aws_access_key_id="bench", aws_secret_access_key="bench", region_name="us-east-1")
    config = Config(s3={"addressing_style": "path"}, retries={"max_attempts": 1})
    s3, iam, sm, runtime = (session.client(s, endpoint_url=url, config=config) for s in ("s3", "iam", "sagemaker", "sagemaker-runtime"))
    s3.create_bucket(Bucket=BUCKET)
    parquet, rows = processed_trips()
    s3.put_object(Bucket=BUCKET, Key="processed/trips/trips.parquet", Body=parquet)
    s3.put_object(Bucket=BUCKET, Key="models/code/sourcedir.tar.gz", Body=sourcedir())
    trust = {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "sagemaker.amazonaws.com"}, "Action": "sts:AssumeRole"}]}
    role = iam.create_role(RoleName="bench-sagemaker", AssumeRolePolicyDocument=json.dumps(trust))["Role"]["Arn"]

    started = time.perf_counter()
    sm.create_training_job(
        TrainingJobName="bench-fare", RoleArn=role,
        AlgorithmSpecification={"TrainingImage": IMAGE, "TrainingInputMode": "File"},
        HyperParameters={"sagemaker_program": '"train.py"', "sagemaker_submit_directory": f'"s3://{BUCKET}/models/code/sourcedir.tar.gz"', "n-estimators": "100"},
        InputDataConfig=[{"ChannelName": "train", "DataSource": {"S3DataSource": {"S3DataType": "S3Prefix", "S3Uri": f"s3://{BUCKET}/processed/trips/"}}}],
        OutputDataConfig={"S3OutputPath": f"s3://{BUCKET}/models/"},
        ResourceConfig={"InstanceType": "ml.m5.large", "InstanceCount": 1, "VolumeSizeInGB": 5},
        StoppingCondition={"MaxRuntimeInSeconds": 600},
    )
    job = wait(lambda: (j := sm.describe_training_job(TrainingJobName="bench-fare"))["TrainingJobStatus"] != "InProgress" and j)
    training_ms = (time.perf_counter() - started) * 1000
    assert job["TrainingJobStatus"] == "Completed", job.get("FailureReason")

    artifact = job["ModelArtifacts"]["S3ModelArtifacts"]
    sm.create_model(ModelName="bench-fare", ExecutionRoleArn=role, PrimaryContainer={
        "Image": IMAGE, "ModelDataUrl": artifact,
        "Environment": {"SAGEMAKER_PROGRAM": "train.py", "SAGEMAKER_SUBMIT_DIRECTORY": f"s3://{BUCKET}/models/code/sourcedir.tar.gz"}})
    sm.create_endpoint_config(EndpointConfigName="bench-fare", ProductionVariants=[
        {"VariantName": "AllTraffic", "ModelName": "bench-fare", "InstanceType": "ml.m5.large", "InitialInstanceCount": 1}])
    started = time.perf_counter()
    sm.create_endpoint(EndpointName="bench-fare", EndpointConfigName="bench-fare")
    endpoint = wait(lambda: (e := sm.describe_endpoint(EndpointName="bench-fare"))["EndpointStatus"] != "Creating" and e)
    cold_start_ms = (time.perf_counter() - started) * 1000
    assert endpoint["EndpointStatus"] == "InService", endpoint.get("FailureReason")

    def predict():
        started = time.perf_counter()
        answer = json.loads(runtime.invoke_endpoint(EndpointName="bench-fare", ContentType="text/csv", Accept="application/json", Body=TRIP)["Body"].read())
        assert len(answer) == 1 and answer[0] > 0
        return (time.perf_counter() - started) * 1000

    first_ms = predict()
    latencies = [predict() for _ in range(PREDICTIONS)]
    workers = [peak_rss_mb(pid) for pid in worker_pids(server_pid)]
    return {
        "training_rows": rows,
        "training_ms": round(training_ms, 1),
        "endpoint_cold_start_ms": round(cold_start_ms, 1),
        "first_prediction_ms": round(first_ms, 1),
        "prediction_latency_ms": round(statistics.median(latencies), 1),
        "endpoint_worker_peak_rss_mb": max((w for w in workers if w), default=None),
    }


def main():
    url, proc = start_server()
    try:
        figures = measure(url, proc.pid)
        figures["server_peak_rss_mb"] = peak_rss_mb(proc.pid)
    finally:
        conftest._stop(proc)
    figures["runs"] = {"prediction": PREDICTIONS}
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
