"""SageMaker training jobs (scikit-learn script mode) and endpoints really run (sagemaker_runs/),
checked over HTTP against the session's moto server."""
import io
import json
import os
import tarfile
import time
import urllib.request
from datetime import datetime, timedelta, timezone

import pytest
from botocore.exceptions import ClientError
from lambda_support import unique

IMAGE = "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-scikit-learn:1.4-2-cpu-py3"
TRUST = {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "sagemaker.amazonaws.com"}, "Action": "sts:AssumeRole"}]}

TRAIN = """
import argparse, glob, os
import joblib
import pandas as pd
from sklearn.linear_model import LinearRegression

def model_fn(model_dir):
    return joblib.load(os.path.join(model_dir, "model.joblib"))

if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--target", default="fare_amount")
    parser.add_argument("--fit-intercept", type=int, default=1)
    args = parser.parse_args()
    frame = pd.concat(pd.read_csv(f) for f in glob.glob(os.path.join(os.environ["SM_CHANNEL_TRAIN"], "*.csv")))
    model = LinearRegression(fit_intercept=bool(args.fit_intercept)).fit(frame[["trip_distance"]], frame[args.target])
    joblib.dump(model, os.path.join(os.environ["SM_MODEL_DIR"], "model.joblib"))
    with open(os.path.join(os.environ["SM_OUTPUT_DATA_DIR"], "hps.json"), "w") as f:
        f.write(os.environ["SM_HPS"])
    print(f"trained on {len(frame)} rows, coefficient {model.coef_[0]:.2f}")
"""

# fare = 3 + 2 × distance, exactly: a linear regression learns it, so predictions are known.
TRIPS = "trip_distance,fare_amount\n" + "".join(f"{d},{3 + 2 * d}\n" for d in (1, 2, 3, 5, 8, 13))


def tarball(files):
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as archive:
        for name, text in files.items():
            data = text.encode()
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    return buffer.getvalue()


def wait_for(read, done, timeout_s=90):
    deadline = time.monotonic() + timeout_s
    while True:
        value = read()
        if done(value) or time.monotonic() > deadline:
            return value
        time.sleep(0.1)


class Lab:
    def __init__(self, boto_client):
        self.s3 = boto_client("s3")
        self.sm = boto_client("sagemaker")
        self.runtime = boto_client("sagemaker-runtime")
        self.logs = boto_client("logs")
        self.cloudwatch = boto_client("cloudwatch")
        self.bucket = unique("ml")
        self.s3.create_bucket(Bucket=self.bucket)
        self.s3.put_object(Bucket=self.bucket, Key="processed/trips/part-0.csv", Body=TRIPS.encode())
        self.role = boto_client("iam").create_role(RoleName=unique("sm-role"), AssumeRolePolicyDocument=json.dumps(TRUST))["Role"]["Arn"]

    def train(self, script, hyperparameters=None, max_runtime=600, image=IMAGE):
        name = unique("train")
        key = f"code/{name}/sourcedir.tar.gz"
        self.s3.put_object(Bucket=self.bucket, Key=key, Body=tarball({"train.py": script}))
        hps = {"sagemaker_program": json.dumps("train.py"), "sagemaker_submit_directory": json.dumps(f"s3://{self.bucket}/{key}"), **(hyperparameters or {})}
        self.sm.create_training_job(
            TrainingJobName=name, RoleArn=self.role, HyperParameters=hps,
            AlgorithmSpecification={"TrainingImage": image, "TrainingInputMode": "File"},
            InputDataConfig=[{"ChannelName": "train", "DataSource": {"S3DataSource": {"S3DataType": "S3Prefix", "S3Uri": f"s3://{self.bucket}/processed/trips/"}}}],
            OutputDataConfig={"S3OutputPath": f"s3://{self.bucket}/models/"},
            ResourceConfig={"InstanceType": "ml.m5.large", "InstanceCount": 1, "VolumeSizeInGB": 1},
            StoppingCondition={"MaxRuntimeInSeconds": max_runtime},
        )
        first = self.sm.describe_training_job(TrainingJobName=name)["TrainingJobStatus"]
        final = wait_for(lambda: self.sm.describe_training_job(TrainingJobName=name), lambda j: j["TrainingJobStatus"] != "InProgress")
        return name, first, final

    def deploy(self, model_data_url, environment=None, image=IMAGE):
        name = unique("ep")
        self.sm.create_model(ModelName=name, ExecutionRoleArn=self.role,
                             PrimaryContainer={"Image": image, "ModelDataUrl": model_data_url, "Environment": environment or {}})
        self.sm.create_endpoint_config(EndpointConfigName=name, ProductionVariants=[
            {"VariantName": "AllTraffic", "ModelName": name, "InstanceType": "ml.t2.medium", "InitialInstanceCount": 1}])
        self.sm.create_endpoint(EndpointName=name, EndpointConfigName=name)
        first = self.sm.describe_endpoint(EndpointName=name)["EndpointStatus"]
        final = wait_for(lambda: self.sm.describe_endpoint(EndpointName=name), lambda e: e["EndpointStatus"] != "Creating")
        return name, first, final


@pytest.fixture(scope="module")
def lab(boto_client):
    return Lab(boto_client)


@pytest.fixture(scope="module")
def trained(lab):
    name, first, final = lab.train(TRAIN, {"target": json.dumps("fare_amount"), "fit-intercept": json.dumps(1)})
    return name, first, final


def test_a_script_mode_job_trains_logs_and_uploads_its_model(lab, trained):
    name, first, final = trained
    assert first == "InProgress"
    assert final["TrainingJobStatus"] == "Completed", final.get("FailureReason")
    artifact = final["ModelArtifacts"]["S3ModelArtifacts"]
    assert artifact == f"s3://{lab.bucket}/models/{name}/output/model.tar.gz"
    body = lab.s3.get_object(Bucket=lab.bucket, Key=f"models/{name}/output/model.tar.gz")["Body"].read()
    with tarfile.open(fileobj=io.BytesIO(body)) as archive:
        assert archive.getnames() == ["model.joblib"]
    output = lab.s3.get_object(Bucket=lab.bucket, Key=f"models/{name}/output/output.tar.gz")["Body"].read()
    with tarfile.open(fileobj=io.BytesIO(output)) as archive:
        assert json.loads(archive.extractfile("hps.json").read()) == {"target": "fare_amount", "fit-intercept": 1}
    assert [t["Status"] for t in final["SecondaryStatusTransitions"]] == ["Starting", "Downloading", "Training", "Uploading", "Completed"]
    assert final["TrainingTimeInSeconds"] >= 1 and "FailureReason" not in final
    streams = lab.logs.describe_log_streams(logGroupName="/aws/sagemaker/TrainingJobs", logStreamNamePrefix=f"{name}/algo-1-")["logStreams"]
    assert len(streams) == 1
    events = lab.logs.get_log_events(logGroupName="/aws/sagemaker/TrainingJobs", logStreamName=streams[0]["logStreamName"], startFromHead=True)["events"]
    assert [e["message"] for e in events] == ["trained on 6 rows, coefficient 2.00"]


def test_an_endpoint_serves_the_trained_model_in_csv_and_json(lab, trained):
    name, _, job = trained
    endpoint, first, final = lab.deploy(job["ModelArtifacts"]["S3ModelArtifacts"])
    assert first == "Creating"
    assert final["EndpointStatus"] == "InService", final.get("FailureReason")
    answer = lab.runtime.invoke_endpoint(EndpointName=endpoint, ContentType="text/csv", Accept="application/json", Body=b"10\n")
    assert answer["ContentType"] == "application/json" and answer["InvokedProductionVariant"] == "AllTraffic"
    assert json.loads(answer["Body"].read()) == pytest.approx([23.0])
    answer = lab.runtime.invoke_endpoint(EndpointName=endpoint, ContentType="application/json", Accept="text/csv", Body=json.dumps([[0], [4]]))
    assert [float(v) for v in answer["Body"].read().decode().split()] == pytest.approx([3.0, 11.0])
    now = datetime.now(timezone.utc)
    stats = lab.cloudwatch.get_metric_statistics(Namespace="AWS/SageMaker", MetricName="Invocations", StartTime=now - timedelta(minutes=5), EndTime=now + timedelta(minutes=1),
                                                 Period=3600, Statistics=["Sum"], Dimensions=[{"Name": "EndpointName", "Value": endpoint}, {"Name": "VariantName", "Value": "AllTraffic"}])
    assert sum(p["Sum"] for p in stats["Datapoints"]) == 2
    lab.sm.delete_endpoint(EndpointName=endpoint)
    with pytest.raises(ClientError) as error:
        lab.runtime.invoke_endpoint(EndpointName=endpoint, ContentType="text/csv", Body=b"1\n")
    assert error.value.response["Error"]["Code"] == "ValidationError"


def test_an_inference_error_is_a_model_error(lab, trained):
    _, _, job = trained
    endpoint, _, final = lab.deploy(job["ModelArtifacts"]["S3ModelArtifacts"])
    assert final["EndpointStatus"] == "InService", final.get("FailureReason")
    with pytest.raises(ClientError) as error:
        lab.runtime.invoke_endpoint(EndpointName=endpoint, ContentType="text/csv", Body=b"1,2,3\n")
    assert error.value.response["Error"]["Code"] == "ModelError"
    assert error.value.response["ResponseMetadata"]["HTTPStatusCode"] == 424
    assert "X has 3 features" in error.value.response["Error"]["Message"]
    lab.sm.delete_endpoint(EndpointName=endpoint)


def test_a_script_that_raises_fails_the_job_with_its_error(lab):
    name, _, final = lab.train("print('loading')\nraise ValueError('fare_amount column is missing')\n")
    assert final["TrainingJobStatus"] == "Failed"
    assert 'ErrorMessage "ValueError: fare_amount column is missing"' in final["FailureReason"]
    assert final["FailureReason"].startswith("AlgorithmError: ExecuteUserScriptError")
    with pytest.raises(ClientError):
        lab.s3.head_object(Bucket=lab.bucket, Key=f"models/{name}/output/model.tar.gz")


def test_a_job_past_its_max_runtime_is_stopped(lab):
    _, _, final = lab.train("import time\ntime.sleep(30)\n", max_runtime=1)
    assert final["TrainingJobStatus"] == "Stopped"
    assert final["SecondaryStatus"] == "MaxRuntimeExceeded"


def test_a_job_without_script_mode_or_with_another_image_fails_saying_why(lab):
    _, _, final = lab.train(TRAIN, image="123456789012.dkr.ecr.us-east-1.amazonaws.com/my-xgboost:latest")
    assert final["TrainingJobStatus"] == "Failed" and "scikit-learn" in final["FailureReason"]


def test_a_script_cannot_import_the_servers_packages(lab):
    _, _, final = lab.train("import moto\n")
    assert final["TrainingJobStatus"] == "Failed"
    assert "ModuleNotFoundError: No module named 'moto'" in final["FailureReason"]


def test_an_unloadable_model_fails_the_endpoint_with_the_reason(lab):
    lab.s3.put_object(Bucket=lab.bucket, Key="broken/model.tar.gz", Body=tarball({"model.joblib": "not a pickle"}))
    _, _, final = lab.deploy(f"s3://{lab.bucket}/broken/model.tar.gz")
    assert final["EndpointStatus"] == "Failed"
    assert "did not pass the ping health check" in final["FailureReason"]
    assert "Error" in final["FailureReason"]


def test_a_missing_artifact_fails_the_endpoint(lab):
    _, _, final = lab.deploy(f"s3://{lab.bucket}/nothing/model.tar.gz")
    assert final["EndpointStatus"] == "Failed" and "no such object" in final["FailureReason"]


def test_an_unknown_endpoint_is_aws_validation_error(lab):
    with pytest.raises(ClientError) as error:
        lab.runtime.invoke_endpoint(EndpointName="no-such-endpoint", ContentType="text/csv", Body=b"1\n")
    assert error.value.response["Error"]["Code"] == "ValidationError"
    assert error.value.response["Error"]["Message"] == "Endpoint no-such-endpoint of account 123456789012 not found."


def test_a_trained_endpoint_survives_save_stop_and_start(tmp_path, boto_client):
    """The backends pickle (workers live outside them) and a restored InService endpoint gets a
    new worker on its first invocation."""
    from test_state_save_restore import client, http, server

    state = tmp_path / "state.pickle"
    with server(state, tmp_path / "log") as url:
        lab = Lab(lambda service: client(url, service))
        _, _, job = lab.train(TRAIN)
        assert job["TrainingJobStatus"] == "Completed", job.get("FailureReason")
        endpoint, _, final = lab.deploy(job["ModelArtifacts"]["S3ModelArtifacts"])
        assert final["EndpointStatus"] == "InService", final.get("FailureReason")
        before = lab.runtime.invoke_endpoint(EndpointName=endpoint, ContentType="text/csv", Body=b"10\n")["Body"].read()
        status, saved = http(f"{url}/nubelab/state/save", "POST")
        assert status == 200, saved

    with server(state, tmp_path / "log") as url:
        sm, runtime = client(url, "sagemaker"), client(url, "sagemaker-runtime")
        assert sm.describe_training_job(TrainingJobName=job["TrainingJobName"])["ModelArtifacts"] == job["ModelArtifacts"]
        assert sm.describe_endpoint(EndpointName=endpoint)["EndpointStatus"] == "InService"
        after = runtime.invoke_endpoint(EndpointName=endpoint, ContentType="text/csv", Body=b"10\n")["Body"].read()
        assert json.loads(after) == json.loads(before)
        assert json.loads(after) == pytest.approx([23.0])


def _workers_of(server_pid):
    """The server's serving_worker.py child processes, found by parent pid in /proc."""
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as stat:
                parent = int(stat.read().rsplit(")", 1)[1].split()[1])
            with open(f"/proc/{entry}/cmdline", "rb") as cmdline:
                is_worker = b"serving_worker.py" in cmdline.read()
        except (OSError, ValueError, IndexError):
            continue
        if parent == server_pid and is_worker:
            found.append(int(entry))
    return found


def test_reset_and_delete_endpoint_stop_the_workers(tmp_path):
    from test_state_save_restore import client, server

    with server(tmp_path / "state.pickle", tmp_path / "log") as url:
        port = url.rsplit(":", 1)[1]
        server_pid = next(int(p) for p in os.listdir("/proc") if p.isdigit() and _cmdline(p).endswith(f"-p\0{port}\0"))
        lab = Lab(lambda service: client(url, service))
        _, _, job = lab.train(TRAIN)
        first, _, _ = lab.deploy(job["ModelArtifacts"]["S3ModelArtifacts"])
        lab.deploy(job["ModelArtifacts"]["S3ModelArtifacts"])
        assert len(_workers_of(server_pid)) == 2
        lab.sm.delete_endpoint(EndpointName=first)
        assert wait_for(lambda: _workers_of(server_pid), lambda w: len(w) == 1, timeout_s=10) and len(_workers_of(server_pid)) == 1
        urllib.request.urlopen(urllib.request.Request(f"{url}/moto-api/reset", method="POST", data=b""), timeout=30).read()
        assert wait_for(lambda: _workers_of(server_pid), lambda w: not w, timeout_s=10) == []


def _cmdline(pid):
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as f:
            return f.read().decode("utf-8", "replace")
    except OSError:
        return ""
