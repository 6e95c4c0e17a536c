"""S3 reads and writes of a training job or an endpoint, in-process through moto's S3 backend
(same account, through data_lake's helpers so writes keep moto's bookkeeping), and the tarballs.
"""
import io
import tarfile
from pathlib import Path

from .. import data_lake


class ArtifactError(Exception):
    pass


def get(account_id, region, url):
    try:
        bucket, key = data_lake.split_s3_url(url)
        return data_lake.s3(account_id, region).get_object(bucket, key).value
    except Exception:
        raise ArtifactError(f"could not read {url}: no such object") from None


def download_prefix(account_id, region, url, folder):
    """An S3Prefix channel: every object whose key starts with the prefix, written below `folder`
    at its path after the prefix's last '/'. Returns how many objects were copied."""
    bucket_name, prefix = data_lake.split_s3_url(url)
    try:
        bucket = data_lake.s3(account_id, region).get_bucket(bucket_name)
    except Exception:
        raise ArtifactError(f"could not read {url}: no such bucket") from None
    base = prefix[: prefix.rfind("/") + 1]
    copied = 0
    for key_name, key in list(bucket.keys.items()):
        if not key_name.startswith(prefix) or key_name.endswith("/") or not hasattr(key, "value"):
            continue
        target = Path(folder) / key_name[len(base):]
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(key.value)
        copied += 1
    if not copied:
        raise ArtifactError(f"no objects found under {url}")
    return copied


def extract(tarball, folder):
    """Unpacks a .tar.gz held in memory; members that would land outside `folder` are refused."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    try:
        with tarfile.open(fileobj=io.BytesIO(tarball), mode="r:*") as archive:
            archive.extractall(folder, filter="data")
    except (tarfile.TarError, OSError) as e:
        raise ArtifactError(f"not a readable tar.gz archive: {e}") from None


def pack(folder):
    """The folder's contents as a .tar.gz (paths relative to it, as SageMaker packs /opt/ml/model)."""
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as archive:
        for path in sorted(Path(folder).rglob("*")):
            archive.add(path, arcname=str(path.relative_to(folder)), recursive=False)
    return buffer.getvalue()


def put(account_id, region, url, body):
    data_lake.put_object(account_id, region, url, body)
