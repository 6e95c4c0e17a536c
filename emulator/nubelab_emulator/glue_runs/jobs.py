"""Glue job runs: `pythonshell` scripts really run; Spark and other job types fail saying so.

moto 5.2.5: `FakeJob.start_job_run` (glue/models.py ~L2232) records a FakeJobRun whose state
advances STARTING → RUNNING → SUCCEEDED as it is described, without running anything, and whose
description has a fixed ExecutionTime (123), LogGroupName "test/log" and GlueVersion "0.9".

Here, for a `pythonshell` job: the run is RUNNING while its script (Command.ScriptLocation, read
from moto's S3) runs in a subprocess (environment.py says what it sees), then SUCCEEDED, or
FAILED with ErrorMessage = the exception's last line (or the exit code), or TIMEOUT after the job's
Timeout (minutes). stdout goes to /aws-glue/python-jobs/output and stderr to
/aws-glue/python-jobs/error, one stream per run named by its id, as Glue writes them.
GetJobRuns lists the newest run first, as AWS does.
`glueetl`, `gluestreaming` and `glueray` runs end FAILED with an ErrorMessage saying the emulator
does not run them (never a pretend success).
"""
import os
import shutil
import subprocess
import sys
import tempfile
import time
import traceback
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timezone
from pathlib import Path

from moto.glue.models import FakeJob, FakeJobRun

from .. import data_lake
from ..lambda_runs import logs
from ..lambda_runs.endpoint import current_endpoint
from . import environment

_runner = ThreadPoolExecutor(max_workers=2, thread_name_prefix="glue-job")
OUTPUT_GROUP = "/aws-glue/python-jobs/output"
ERROR_GROUP = "/aws-glue/python-jobs/error"
DEFAULT_TIMEOUT_MIN = 2880  # Glue's default job timeout (48 h)
_applied = False


def start_job_run(self, *args, **kwargs):
    run_id = _original_start(self, *args, **kwargs)
    run = next(r for r in self.job_runs if r.job_run_id == run_id)
    data_lake.fix_state(run)
    run.status = "STARTING"
    run.completed_on = None
    run.error_message = None
    run.execution_seconds = 0
    run.glue_version = self.glue_version
    _runner.submit(_run_logged, self, run, current_endpoint())
    return run_id


def _run_logged(job, run, endpoint):
    try:
        _run(job, run, endpoint)
    except Exception as e:  # a bug of ours: the run still ends, and says so
        traceback.print_exc(file=sys.stderr)
        _finish(run, "FAILED", f"NubeLab's emulator failed to run this job: {e}")


def _run(job, run, endpoint):
    kind = (job.command or {}).get("Name", "glueetl")
    if kind != "pythonshell":
        _finish(run, "FAILED", (
            f"NubeLab's emulator runs only Python shell jobs (Command.Name 'pythonshell'); '{kind}' jobs (Spark, Ray, streaming) are not emulated"
            f" / El emulador de NubeLab solo ejecuta trabajos Python shell (Command.Name 'pythonshell'); los trabajos '{kind}' (Spark, Ray, streaming) no se emulan"
        ))
        return
    location = job.command.get("ScriptLocation", "")
    try:
        bucket, key = data_lake.split_s3_url(location)
        script_body = data_lake.s3(job.backend.account_id, job.backend.region_name).get_object(bucket, key).value
    except Exception:
        _finish(run, "FAILED", f"Could not download the job script from {location or '(no ScriptLocation)'}: no such object")
        return
    work = Path(tempfile.mkdtemp(prefix="glue-job-"))
    try:
        script = work / "script" / (Path(key).name or "script.py")
        script.parent.mkdir()
        script.write_bytes(script_body)
        _execute(job, run, endpoint, script, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _execute(job, run, endpoint, script, work):
    paths = [script.parent, environment.SHIM, environment.library_dir()]
    command = [environment.interpreter(), "-I", "-S", "-c", environment.bootstrap_code(paths, os.getpid()), *environment.argv(script, job, run)]
    timeout_s = 60 * float(run.timeout or job.timeout or DEFAULT_TIMEOUT_MIN)
    run.status = "RUNNING"
    started = time.monotonic()
    process = subprocess.Popen(command, cwd=work, env=environment.job_environment(job, endpoint, work),
                               stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        out, err = process.communicate(timeout=timeout_s)
        timed_out = False
    except subprocess.TimeoutExpired:
        process.kill()
        out, err = process.communicate()
        timed_out = True
    run.execution_seconds = int(time.monotonic() - started)
    modules = (run.arguments or {}).get("--additional-python-modules")
    if modules:  # Glue pip-installs them before the script; the emulator is offline and does not
        err = f"NubeLab's emulator does not install --additional-python-modules ({modules}): only boto3, pandas, numpy and pyarrow are available\n".encode() + err
    account, region = job.backend.account_id, job.backend.region_name
    _log(account, region, OUTPUT_GROUP, run.job_run_id, out)
    _log(account, region, ERROR_GROUP, run.job_run_id, err)
    if timed_out:
        _finish(run, "TIMEOUT", f"Job run timed out after {timeout_s / 60:g} minutes")
    elif process.returncode != 0:
        _finish(run, "FAILED", _error_message(err, process.returncode))
    else:
        _finish(run, "SUCCEEDED")


def _error_message(stderr, code):
    lines = [line for line in stderr.decode("utf-8", "replace").splitlines() if line.strip()]
    last = lines[-1].strip() if lines else ""
    if last and ("Error" in last.split(":", 1)[0] or "Exception" in last.split(":", 1)[0] or last.startswith("SystemExit")):
        return last
    return f"Command failed with exit code {code}" + (f": {last}" if last else "")


def _log(account, region, group, stream, data):
    text = data.decode("utf-8", "replace")
    now = logs.now_ms()
    logs.write(account, region, group, stream, [(now, line) for line in text.splitlines()], create_empty=True)


def _finish(run, state, message=None):
    run.error_message = message
    run.completed_on = datetime.now(timezone.utc)
    run.modified_on = run.completed_on
    run.status = state


def as_dict(self):
    answer = _original_as_dict(self)
    answer["LogGroupName"] = "/aws-glue/python-jobs"
    if hasattr(self, "execution_seconds"):
        answer["ExecutionTime"] = self.execution_seconds
        answer["GlueVersion"] = self.glue_version or "3.0"
        if self.completed_on is None:
            answer.pop("CompletedOn", None)
        if self.error_message:
            answer["ErrorMessage"] = self.error_message
    return answer


def get_job_runs(self):
    """Newest first, as GetJobRuns lists them on AWS (moto: oldest first)."""
    return list(reversed(_original_get_job_runs(self)))


_original_start = FakeJob.start_job_run
_original_get_job_runs = FakeJob.get_job_runs
_original_as_dict = FakeJobRun.as_dict


def apply():
    global _applied
    if _applied:
        return
    FakeJob.start_job_run = start_job_run
    FakeJobRun.as_dict = as_dict
    FakeJob.get_job_runs = get_job_runs
    _applied = True
