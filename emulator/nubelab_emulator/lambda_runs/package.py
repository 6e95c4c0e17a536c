"""A function's code and layers, extracted from the zips moto stores, once per content.

The function's zip becomes its task root (AWS's /var/task); each layer its own folder (AWS
extracts them all into /opt). Folders are named by content hash, so an unchanged function shares
them across workers and an updated one gets new folders. All live under one temporary folder
removed when the server exits.
"""
import atexit
import hashlib
import io
import os
import shutil
import tempfile
import threading
import zipfile
from pathlib import Path

from moto.awslambda.utils import get_backend

_lock = threading.Lock()
_root = None


def _cache_root():
    global _root
    if _root is None:
        _root = Path(tempfile.mkdtemp(prefix="nubelab-lambda-"))
        atexit.register(shutil.rmtree, _root, True)
    return _root


def _extracted(kind, zip_bytes):
    digest = hashlib.sha256(zip_bytes or b"").hexdigest()
    with _lock:
        target = _cache_root() / kind / digest
        if not target.is_dir():
            partial = Path(tempfile.mkdtemp(dir=_cache_root()))
            if zip_bytes:
                with zipfile.ZipFile(io.BytesIO(zip_bytes)) as archive:
                    archive.extractall(partial)  # zipfile drops absolute and ".." paths
            target.parent.mkdir(parents=True, exist_ok=True)
            os.rename(partial, target)
    return target


def task_root(function):
    return _extracted("code", function.code_bytes)


def layer_roots(function):
    """The function's layers in its configured order (later layers win on AWS, as they are
    extracted over the earlier ones)."""
    backend = get_backend(function.account_id, function.region)
    roots = []
    for layer in function.layers:
        version = backend.layers_versions_by_arn(layer["Arn"])
        if version is not None:
            roots.append(_extracted("layers", version.code_bytes))
    return roots


def import_paths(task, layers, python_minor, sdk):
    """sys.path entries before the standard library, in AWS's order: task root, layers
    (/opt/python/lib/python3.X/site-packages, /opt/python), then the runtime's boto3."""
    paths = [str(task)]
    for layer in reversed(layers):
        paths += [str(layer / "python" / "lib" / f"python3.{python_minor}" / "site-packages"), str(layer / "python")]
    paths.append(str(sdk))
    return paths
