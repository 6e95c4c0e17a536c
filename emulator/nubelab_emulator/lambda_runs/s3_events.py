"""S3 event notifications invoke the function asynchronously, with AWS's record, loops stopped.

moto 5.2.5 (s3/notifications.py): `send_event` runs inside PutObject (and Copy, Complete…) and
calls `_invoke_awslambda` (~L261), which invokes the function synchronously: the upload's
response waits for the function. Its record (`_get_s3_event`, ~L66) lacks the object's
`sequencer`, `userIdentity`, `requestParameters` and `responseElements`, and URL-encodes the key
with `quote_plus`, which also turns "/" into %2F. Prefix and suffix filters are honoured by
moto (`FakeNotification._key_matches`), so they are left to it.

AWS: S3 invokes the function asynchronously (invocation type Event) with a record whose key is
URL-encoded with "+" for spaces but "/" kept, and whose `sequencer` orders events per key.
Lambda's recursive loop detection stops a chain once a function would run for the 17th time.

Where this hooks: `_invoke_awslambda` keeps moto's choice of function and record, and hands the
run to the background pool of runner.py. It still runs on the PutObject request's thread, so the
request's `X-Amzn-Trace-Id` (what the function's boto3 sent, see tracing.py) is read from Flask's
request context there; a chain past the limit is not run, and the function's log group says so.
GetFunctionRecursionConfig/PutFunctionRecursionConfig are missing from moto 5.2.5, so there is no
"Allow" setting to honour: the guard is always on (AWS's default, "Terminate").
"""
import itertools
import json
import os
import threading
from urllib.parse import quote_plus

from moto.awslambda.utils import get_backend
from moto.s3 import notifications

from . import logs
from .endpoint import current_endpoint, incoming_header
from .runner import new_invocation, run_in_background
from .tracing import LOOP_LIMIT

_applied = False
_sequence = itertools.count(int.from_bytes(os.urandom(4), "big"))
_sequence_lock = threading.Lock()


def _sequencer():
    with _sequence_lock:
        return f"{next(_sequence):018X}"


def _enriched(original):
    def get_s3_event(event_name, bucket, key, notification_id):
        event = original(event_name, bucket, key, notification_id)
        record = event["Records"][0]
        record["s3"]["object"]["key"] = quote_plus(key.name, safe="/")
        record["s3"]["object"]["sequencer"] = _sequencer()
        if getattr(bucket, "is_versioned", False) and getattr(key, "version_id", None):
            record["s3"]["object"]["versionId"] = key.version_id
        record["s3"]["bucket"]["ownerIdentity"] = {"principalId": bucket.account_id}
        record["userIdentity"] = {"principalId": f"AWS:{bucket.account_id}"}
        record["requestParameters"] = {"sourceIPAddress": _source_ip()}
        record["responseElements"] = {"x-amz-request-id": os.urandom(8).hex().upper(), "x-amz-id-2": os.urandom(24).hex()}
        return event

    return get_s3_event


def _source_ip():
    try:
        import flask

        if flask.has_request_context():
            return flask.request.remote_addr or "127.0.0.1"
    except ImportError:
        pass
    return "127.0.0.1"


def invoke_awslambda(account_id, event_body, fn_arn, region_name):
    try:
        function = get_backend(account_id, region_name).get_function(fn_arn)
    except Exception:  # as moto: a missing function does not fail the upload
        return
    invocation, hops = new_invocation(function, json.dumps(event_body), incoming_header("X-Amzn-Trace-Id"), current_endpoint())
    if hops > LOOP_LIMIT:
        _log_loop_stopped(function, event_body, hops)
        return
    run_in_background(invocation)


def _log_loop_stopped(function, event_body, hops):
    record = event_body["Records"][0]["s3"]
    where = f"s3://{record['bucket']['name']}/{record['object']['key']}"
    message = (
        f"Recursive loop stopped: {function.function_name} would have run for the {hops}th time in one chain"
        f" (event for {where}); the event was dropped, as AWS's recursive loop detection does after {LOOP_LIMIT}."
        " Fix: write the function's output outside what triggers it (another bucket, or a prefix/suffix the"
        " notification filter excludes)."
        f" / Bucle recursivo detenido: {function.function_name} se habría ejecutado por {hops}.ª vez en una misma"
        f" cadena (evento de {where}); el evento se descartó, como hace la detección de bucles recursivos de AWS"
        f" tras {LOOP_LIMIT}. Solución: escribe la salida de la función fuera de lo que la dispara (otro bucket, o un"
        " prefijo/sufijo que el filtro de la notificación excluya)."
    )
    stream = f"{logs.new_stream_name(function.version)}"
    logs.write(function.account_id, function.region, logs.group_name(function.function_name), stream, [(logs.now_ms(), message)])


def apply():
    global _applied
    if _applied:
        return
    notifications._get_s3_event = _enriched(notifications._get_s3_event)
    notifications._invoke_awslambda = invoke_awslambda
    _applied = True
