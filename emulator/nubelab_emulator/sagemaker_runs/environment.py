"""What a training script and an endpoint worker see: the libraries of SageMaker's scikit-learn
framework container, and nothing else of the server.

They run on the emulator virtualenv's interpreter with `-I -S` (no site-packages) and a path of
the code's folder plus a folder of symbolic links to exactly these distributions (versions from
emulator/requirements.lock, installed once, nothing downloaded at run time). A script that
imports moto, duckdb or anything else of the server fails, as it would in the container.
"""
import atexit
import functools
import importlib.metadata
import re
import shutil
import sys
import tempfile
from pathlib import Path

from ..lambda_runs.credentials import assumed_role_environment

# What the scikit-learn framework container offers a script; their dependencies come along.
FRAMEWORK = ("scikit-learn", "pandas", "numpy", "pyarrow", "joblib", "boto3")
SKLEARN_IMAGE = "sagemaker-scikit-learn"  # the ECR repository of the framework's images


@functools.lru_cache(maxsize=None)
def library_dir():
    folder = Path(tempfile.mkdtemp(prefix="nubelab-sagemaker-sklearn-"))
    atexit.register(shutil.rmtree, folder, True)
    for dist in _with_dependencies(FRAMEWORK):
        tops = {f.parts[0] for f in dist.files or [] if f.parts and f.parts[0] not in ("..", "__pycache__") and not f.parts[0].endswith((".dist-info", ".data"))}
        for top in tops:
            target = Path(dist.locate_file(top))
            if target.exists() and not (folder / top).exists():
                (folder / top).symlink_to(target)
    return folder


def _with_dependencies(names):
    """The installed distributions `names` need (their non-extra requirements, transitively)."""
    found, pending = {}, list(names)
    while pending:
        name = pending.pop()
        key = re.sub(r"[-_.]+", "-", name).lower()
        if key in found:
            continue
        try:
            dist = importlib.metadata.distribution(name)
        except importlib.metadata.PackageNotFoundError:
            continue  # a requirement for another Python version or platform
        found[key] = dist
        for requirement in dist.requires or []:
            if "extra ==" not in requirement:
                pending.append(re.split(r"[\s;<>=!~\[(]", requirement, maxsplit=1)[0])
    return list(found.values())


def interpreter():
    return sys.executable


def is_sklearn_image(image):
    """'683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-scikit-learn:1.4-2-cpu-py3' → True."""
    repository = (image or "").split("/")[-1].split(":")[0].split("@")[0]
    return repository == SKLEARN_IMAGE


def base_environment(account_id, region, role_arn, session_name, endpoint, home):
    return {
        "PATH": "/usr/local/bin:/usr/bin:/bin",
        "HOME": str(home),
        "LANG": "C.UTF-8",
        "TZ": "UTC",
        "PYTHONUNBUFFERED": "1",
        "OMP_NUM_THREADS": "1",  # two shared cores: one BLAS/OpenMP thread per process
        "AWS_REGION": region,
        "AWS_DEFAULT_REGION": region,
        "AWS_ENDPOINT_URL": endpoint,
        "AWS_CONFIG_FILE": "/dev/null",
        "AWS_SHARED_CREDENTIALS_FILE": "/dev/null",
        "AWS_EC2_METADATA_DISABLED": "true",
        **assumed_role_environment(account_id, region, role_arn, session_name),
    }
