"""What a Glue Python shell job's process sees: its libraries, argv, and environment variables.

Libraries: Glue's Python shell bundles boto3, numpy, pandas and pyarrow. The job runs on the
emulator virtualenv's own interpreter (`-I -S`: no site-packages, no user site), with a path of
exactly: the script's folder, the `awsglue` shim (shim/), and a folder of symbolic links to those
packages in the virtualenv (built once per server, from each distribution's installed files). So
the versions are emulator/requirements.lock's, nothing is installed twice, and moto, duckdb or
anything else of the server cannot be imported by a script (a script that imports them fails as on
Glue). awswrangler (Glue's "analytics" library set) is not provided.

argv: as Glue passes it: the script, then `--JOB_ID`, `--JOB_RUN_ID`, `--JOB_NAME`,
`--scriptLocation`, `--job-bookmark-option`, then the run's arguments (job DefaultArguments, then
StartJobRun Arguments, then NonOverridableArguments, merged by moto), each as `--key value`.
"""
import atexit
import functools
import importlib.metadata
import shutil
import sys
import tempfile
from pathlib import Path

from ..lambda_runs.credentials import assumed_role_environment

SHIM = Path(__file__).resolve().parent / "shim"
DISTRIBUTIONS = ("boto3", "botocore", "s3transfer", "jmespath", "python-dateutil", "six", "urllib3", "numpy", "pandas", "pyarrow", "pytz", "tzdata")


@functools.lru_cache(maxsize=None)
def library_dir():
    folder = Path(tempfile.mkdtemp(prefix="nubelab-glue-python-shell-"))
    atexit.register(shutil.rmtree, folder, True)
    for name in DISTRIBUTIONS:
        dist = importlib.metadata.distribution(name)
        tops = {f.parts[0] for f in dist.files or [] if f.parts and f.parts[0] not in ("..", "__pycache__") and not f.parts[0].endswith((".dist-info", ".data"))}
        for top in tops:
            target = Path(dist.locate_file(top))
            if target.exists() and not (folder / top).exists():
                (folder / top).symlink_to(target)
    return folder


def interpreter():
    return sys.executable


def argv(script, job, run):
    args = [str(script), "--JOB_ID", f"j_{run.job_run_id[3:67]}", "--JOB_RUN_ID", run.job_run_id, "--JOB_NAME", job.name,
            "--scriptLocation", job.command.get("ScriptLocation", ""), "--job-bookmark-option", "job-bookmark-disable"]
    for key, value in (run.arguments or {}).items():
        args += [key if key.startswith("--") else f"--{key}", str(value)]
    return args


def role_arn(job):
    role = job.role or ""
    return role if role.startswith("arn:") else f"arn:aws:iam::{job.backend.account_id}:role/{role}"


def job_environment(job, endpoint, home):
    region = job.backend.region_name
    return {
        "PATH": "/usr/local/bin:/usr/bin:/bin",
        "HOME": str(home),
        "LANG": "C.UTF-8",
        "TZ": "UTC",
        "PYTHONUNBUFFERED": "1",
        "AWS_REGION": region,
        "AWS_DEFAULT_REGION": region,
        "AWS_ENDPOINT_URL": endpoint,
        # The server's own AWS config must not reach the job (region, profiles…).
        "AWS_CONFIG_FILE": "/dev/null",
        "AWS_SHARED_CREDENTIALS_FILE": "/dev/null",
        "AWS_EC2_METADATA_DISABLED": "true",
        **assumed_role_environment(job.backend.account_id, region, role_arn(job), "GlueJobRunnerSession"),
    }


def bootstrap_code(paths, server_pid):
    """What `python -I -S -c` runs: die with the server (the kernel's parent-death signal, asked
    for before anything else; the job is started from a long-lived pool thread, so the signal
    is not sent early), the import path, then the script as __main__."""
    return (
        "import ctypes, os, signal\n"
        "ctypes.CDLL(None).prctl(1, signal.SIGKILL)\n"  # PR_SET_PDEATHSIG
        f"os.getppid() == {server_pid} or os._exit(1)\n"  # the server died before prctl
        "import runpy, sys\n"
        "sys.argv = sys.argv[1:]\n"  # drop the -c placeholder: argv[0] is the script, as on Glue
        f"sys.path[:0] = {[str(p) for p in paths]!r}\n"
        "runpy.run_path(sys.argv[0], run_name='__main__')\n"
    )
