"""Writes a function's log lines to its CloudWatch Logs group through moto's logs backend,
in-process (same account and region as the function), as AWS's Lambda service does.

One stream per execution environment (worker), named as AWS names them:
`YYYY/MM/DD/[$LATEST]<32 hex>`. moto's backend is not thread-safe (its own TODO says so) and
invocations finish on many threads, so writes go through one lock.
"""
import threading
import time
import uuid
from datetime import datetime, timezone

from moto.logs.models import logs_backends

_lock = threading.Lock()


def now_ms():
    return int(time.time() * 1000)


def new_stream_name(version):
    today = datetime.now(timezone.utc)
    return f"{today:%Y/%m/%d}/[{version}]{uuid.uuid4().hex}"


def group_name(function_name):
    return f"/aws/lambda/{function_name}"


def write(account_id, region, group, stream, lines, create_empty=False):
    """`lines`: (timestamp_ms, message) pairs, in the order they happened. With `create_empty`
    the group and stream are created even without lines (Glue does so for a job run's streams)."""
    if not lines and not create_empty:
        return
    events = []
    last = 0
    for timestamp, message in lines:
        last = max(last, timestamp)  # PutLogEvents wants them in order
        events.append({"timestamp": last, "message": message})
    with _lock:
        backend = logs_backends[account_id][region]
        backend.ensure_log_group(group)  # AWS creates /aws/lambda/<name> on the first run too
        backend.ensure_log_stream(group, stream)
        if events:
            backend.put_log_events(group, stream, events)
