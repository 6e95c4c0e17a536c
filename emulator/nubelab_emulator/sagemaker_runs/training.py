"""CreateTrainingJob runs the job's script (scikit-learn script mode, see script_mode.py).

moto 5.2.5: `SageMakerModelBackend.create_training_job` (sagemaker/models.py ~L4201) stores a job
already Completed, with fake metric definitions and final metrics, and writes no artifact.

Here the job is InProgress while, on a background thread, the emulator does what the framework
container does: copies each S3Prefix input channel into <tmp>/input/data/<channel>, unpacks the
sourcedir tarball into <tmp>/code, runs the entry point with the SM_* environment and the
hyperparameters as `--name value` arguments (timeout: StoppingCondition.MaxRuntimeInSeconds),
sends its output to /aws/sagemaker/TrainingJobs (stream <job>/algo-1-<epoch seconds>), then packs
SM_MODEL_DIR into <S3OutputPath>/<job>/output/model.tar.gz (and SM_OUTPUT_DATA_DIR, if not empty,
into output.tar.gz). The job ends Completed; Failed with FailureReason (the script's error, in the
shape of the sagemaker-training toolkit's ExecuteUserScriptError, or a ClientError for bad inputs);
or Stopped with SecondaryStatus MaxRuntimeExceeded, as SageMaker does at the time limit.
"""
import copy
import json
import shutil
import subprocess
import sys
import tempfile
import time
import traceback
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from moto.core.utils import utcnow
from moto.sagemaker.models import SageMakerModelBackend

from ..glue_runs.environment import bootstrap_code
from ..lambda_runs import logs
from ..lambda_runs.endpoint import current_endpoint
from . import artifacts, environment, script_mode

LOG_GROUP = "/aws/sagemaker/TrainingJobs"
DEFAULT_MAX_RUNTIME_S = 86400  # SageMaker's default StoppingCondition
FAILURE_REASON_MAX = 1024  # DescribeTrainingJob's FailureReason length limit
_runner = ThreadPoolExecutor(max_workers=2, thread_name_prefix="sagemaker-training")
_applied = False


def create_training_job(self, *args, **kwargs):
    requested = copy.deepcopy(kwargs.get("algorithm_specification") or {})
    job = _original_create(self, *args, **kwargs)
    job.algorithm_specification = requested  # moto adds made-up MetricDefinitions
    job.final_metric_data_list = []
    job.training_job_status = "InProgress"
    job.training_end_time = None
    job.failure_reason = None
    job.secondary_status_transitions = []
    _secondary(job, "Starting", "Preparing the instances for training")
    _runner.submit(_run_logged, job, self.account_id, self.region_name, current_endpoint())
    return job


def _run_logged(job, account_id, region, endpoint):
    try:
        _run(job, account_id, region, endpoint)
    except Exception as e:  # a bug of ours: the job still ends, and says so
        traceback.print_exc(file=sys.stderr)
        _finish(job, "Failed", f"NubeLab's emulator failed to run this training job: {e}")


def _run(job, account_id, region, endpoint):
    image = (job.algorithm_specification or {}).get("TrainingImage", "")
    if not environment.is_sklearn_image(image):
        _finish(job, "Failed", f"ClientError: NubeLab's emulator runs only SageMaker scikit-learn framework images ({environment.SKLEARN_IMAGE}); got '{image or '(none)'}'")
        return
    work = Path(tempfile.mkdtemp(prefix="sagemaker-training-"))
    try:
        try:
            script = script_mode.training_script(job.hyper_parameters)
            _secondary(job, "Downloading", "Downloading input data")
            channels = _download_inputs(job, account_id, region, script, work)
        except (script_mode.ScriptModeError, artifacts.ArtifactError) as e:
            message = str(e)
            _finish(job, "Failed", message if message.startswith("ClientError") else f"ClientError: {message}")
            return
        _secondary(job, "Training", "Training image download completed. Training in progress.")
        outcome = _execute(job, account_id, region, endpoint, script, channels, work)
        if outcome.status != "Failed":
            _secondary(job, "Uploading", "Uploading generated training model")
            _upload_outputs(job, account_id, region, work)
        _finish(job, outcome.status, outcome.reason, outcome.secondary)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _download_inputs(job, account_id, region, script, work):
    code = work / "code"
    artifacts.extract(artifacts.get(account_id, region, script.submit_directory), code)
    if not (code / script.program).is_file():
        raise script_mode.ScriptModeError(f"ClientError: the entry point '{script.program}' is not in {script.submit_directory}")
    channels = {}
    for channel in job.input_data_config or []:
        name = channel["ChannelName"]
        source = (channel.get("DataSource") or {}).get("S3DataSource") or {}
        if source.get("S3DataType", "S3Prefix") != "S3Prefix":
            raise script_mode.ScriptModeError(f"ClientError: channel '{name}': the emulator copies S3Prefix data sources only")
        folder = work / "input" / "data" / name
        artifacts.download_prefix(account_id, region, source.get("S3Uri", ""), folder)
        channels[name] = folder
    for folder in ("model", "output/data"):
        (work / folder).mkdir(parents=True, exist_ok=True)
    return channels


class Outcome:
    def __init__(self, status, reason=None, secondary=None):
        self.status, self.reason, self.secondary = status, reason, secondary


def _execute(job, account_id, region, endpoint, script, channels, work):
    code = work / "code"
    program = code / script.program
    paths = [code, environment.library_dir()]
    args = script_mode.argv(script.hyperparameters)
    command = [environment.interpreter(), "-I", "-S", "-c", bootstrap_code(paths, _server_pid()), str(program), *args]
    env = {**environment.base_environment(account_id, region, job.role_arn, "SageMaker", endpoint, work), **_sm_environment(job, script, channels, work)}
    timeout_s = float((job.stopping_condition or {}).get("MaxRuntimeInSeconds") or DEFAULT_MAX_RUNTIME_S)
    started = time.monotonic()
    process = subprocess.Popen(command, cwd=code, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        out, _ = process.communicate(timeout=timeout_s)
        timed_out = False
    except subprocess.TimeoutExpired:
        process.kill()
        out, _ = process.communicate()
        timed_out = True
    seconds = max(1, round(time.monotonic() - started))
    job.training_time_in_seconds = job.billable_time_in_seconds = seconds
    _log(job, account_id, region, out)
    if timed_out:
        return Outcome("Stopped", None, ("MaxRuntimeExceeded", f"Training job stopped: it ran longer than MaxRuntimeInSeconds ({timeout_s:g} s)"))
    if process.returncode != 0:
        return Outcome("Failed", _failure_reason(out, process.returncode, [script.program, *args]))
    return Outcome("Completed")


def _server_pid():
    import os

    return os.getpid()


def _sm_environment(job, script, channels, work):
    names = sorted(channels)
    env = {
        "SM_MODEL_DIR": str(work / "model"),
        "SM_OUTPUT_DATA_DIR": str(work / "output" / "data"),
        "SM_OUTPUT_DIR": str(work / "output"),
        "SM_INPUT_DIR": str(work / "input"),
        "SM_CHANNELS": json.dumps(names),
        "SM_HPS": json.dumps(script.hyperparameters),
        "SM_USER_ENTRY_POINT": script.program,
        "SM_MODULE_DIR": script.submit_directory,
        "SM_CURRENT_HOST": "algo-1",
        "SM_HOSTS": json.dumps(["algo-1"]),
        "SM_NUM_CPUS": "1",
        "SM_NUM_GPUS": "0",
        "SM_TRAINING_ENV": json.dumps({"job_name": job.training_job_name, "hyperparameters": script.hyperparameters, "channel_input_dirs": {n: str(channels[n]) for n in names}}),
    }
    for name in names:
        env[f"SM_CHANNEL_{name.upper()}"] = str(channels[name])
    for name, value in script.hyperparameters.items():
        env[f"SM_HP_{name.upper().replace('-', '_')}"] = value if isinstance(value, str) else json.dumps(value)
    return env


def _failure_reason(output, code, command):
    lines = [line for line in output.decode("utf-8", "replace").splitlines() if line.strip()]
    error = next((line.strip() for line in reversed(lines) if _looks_like_error(line)), lines[-1].strip() if lines else "")
    reason = f'AlgorithmError: ExecuteUserScriptError:\nExitCode {code}\nErrorMessage "{error}"\nCommand "python {" ".join(command)}", exit code: {code}'
    return reason[:FAILURE_REASON_MAX]


def _looks_like_error(line):
    head = line.strip().split(":", 1)[0]
    return head.endswith(("Error", "Exception", "Exit")) and " " not in head


def _upload_outputs(job, account_id, region, work):
    output = job.output_data_config["S3OutputPath"].rstrip("/")
    model_url = f"{output}/{job.training_job_name}/output/model.tar.gz"
    artifacts.put(account_id, region, model_url, artifacts.pack(work / "model"))
    job.model_artifacts = {"S3ModelArtifacts": model_url}
    data = work / "output" / "data"
    if any(data.iterdir()):
        artifacts.put(account_id, region, f"{output}/{job.training_job_name}/output/output.tar.gz", artifacts.pack(data))


def _log(job, account_id, region, output):
    stream = f"{job.training_job_name}/algo-1-{int(time.time())}"
    now = logs.now_ms()
    lines = [(now, line) for line in output.decode("utf-8", "replace").splitlines()]
    logs.write(account_id, region, LOG_GROUP, stream, lines, create_empty=True)


def _secondary(job, status, message):
    now = utcnow()
    if job.secondary_status_transitions:
        job.secondary_status_transitions[-1]["EndTime"] = now
    job.secondary_status_transitions.append({"Status": status, "StartTime": now, "StatusMessage": message})
    job.secondary_status = status
    job.last_modified_time = now


def _finish(job, status, reason=None, secondary=None):
    secondary_status, message = secondary or (status, {"Completed": "Training job completed", "Failed": "Training job failed"}.get(status, status))
    _secondary(job, secondary_status, message if status != "Failed" else (reason or message).splitlines()[0])
    job.secondary_status_transitions[-1]["EndTime"] = job.last_modified_time
    job.failure_reason = reason
    job.training_end_time = job.last_modified_time
    job.training_job_status = status


_original_create = SageMakerModelBackend.create_training_job


def apply():
    global _applied
    if _applied:
        return
    SageMakerModelBackend.create_training_job = create_training_job
    _applied = True
