"""In-process access to the data lake state that Athena and Glue share, through moto's backends:
objects in S3, tables and partitions in the Glue Data Catalog, and controllable run states.

Used by athena_sql/ and glue_runs/. Reading S3 here (not over HTTP) keeps a query's or crawl's
file reads out of the request log and avoids signing; writing through `put_object` keeps moto's
bookkeeping (ETag, size, encryption headers, notifications) exactly as for a client's upload.
"""
import threading
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

from moto.athena.models import Execution
from moto.glue.models import FakeCrawl, FakeJobRun, glue_backends
from moto.s3.exceptions import MissingBucket
from moto.s3.models import s3_backends
from moto.utilities.utils import get_partition

# moto's backends are not thread-safe; background runs (queries, crawls) serialise their writes.
catalog_lock = threading.RLock()


@dataclass
class S3Object:
    bucket: str
    key: str
    size: int
    body: bytes


def split_s3_url(url):
    """'s3://bucket/some/prefix/' → ('bucket', 'some/prefix/')."""
    parsed = urlparse(url or "")
    if parsed.scheme not in ("s3", "s3a", "s3n") or not parsed.netloc:
        raise ValueError(f"not an S3 location: {url!r}")
    return parsed.netloc, parsed.path.lstrip("/")


def s3(account_id, region):
    return s3_backends[account_id][get_partition(region)]


def glue(account_id, region):
    return glue_backends[account_id][region]


def list_objects(account_id, region, url):
    """Every object under an S3 location (a folder: the prefix ends with '/'), sorted by key.
    Folder markers (zero-byte keys ending in '/') and Athena/Hive's hidden files (names starting
    with '_' or '.', e.g. _SUCCESS, .hive-staging) are skipped, as the Hive readers skip them."""
    bucket_name, prefix = split_s3_url(url)
    if prefix and not prefix.endswith("/"):
        prefix += "/"
    try:
        bucket = s3(account_id, region).get_bucket(bucket_name)
    except MissingBucket:
        raise NoSuchBucket(bucket_name) from None
    found = []
    for key_name, key in list(bucket.keys.items()):
        if not key_name.startswith(prefix) or key_name.endswith("/"):
            continue
        if getattr(key, "is_delete_marker", False) or not hasattr(key, "value"):
            continue
        relative = key_name[len(prefix):]
        if any(part.startswith(("_", ".")) for part in relative.split("/")):
            continue
        found.append(S3Object(bucket_name, key_name, key.size, key.value))
    return sorted(found, key=lambda o: o.key)


def copy_to(objects, prefix, folder):
    """Writes objects to `folder`, keeping their path below `prefix`; returns the local paths."""
    paths = []
    for obj in objects:
        path = Path(folder) / obj.key[len(prefix):]
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(obj.body)
        paths.append(path)
    return paths


def put_object(account_id, region, url, body, encryption=None, kms_key_id=None):
    bucket_name, key = split_s3_url(url)
    try:
        with catalog_lock:
            return s3(account_id, region).put_object(bucket_name, key, body, encryption=encryption, kms_key_id=kms_key_id)
    except MissingBucket:
        raise NoSuchBucket(bucket_name) from None


class NoSuchBucket(Exception):
    def __init__(self, bucket):
        super().__init__(bucket)
        self.bucket = bucket


def table_input(table):
    """A moto FakeTable's current definition: the TableInput of its latest version."""
    return table.get_version(str(table._current_version))


class FixedState:
    """Mixed into moto's ManagedState models (Athena Execution, Glue FakeJobRun, FakeCrawl) by
    swapping an instance's class: its status then changes only when the emulator sets it, not
    on moto's describe-count or timer, because the run itself decides when it is done."""

    @property
    def status(self):
        return self._status

    @status.setter
    def status(self, value):
        self._status = value


# Named at module level (not made with type()) so pickling the backends (saved_state.py) finds them.
class FixedExecution(FixedState, Execution):
    pass


class FixedJobRun(FixedState, FakeJobRun):
    pass


class FixedCrawl(FixedState, FakeCrawl):
    pass


_FIXED = {Execution: FixedExecution, FakeJobRun: FixedJobRun, FakeCrawl: FixedCrawl}


def fix_state(instance):
    instance.__class__ = _FIXED.get(instance.__class__, instance.__class__)
    return instance
