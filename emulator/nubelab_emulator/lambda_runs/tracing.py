"""The X-Ray trace header each run gets, and the hop count that stops recursive loops.

AWS's recursive loop detection: Lambda sets `_X_AMZN_TRACE_ID` for each invocation; the SDK
copies it into the `X-Amzn-Trace-Id` header of every request the function makes (botocore's
`add_recursion_detection_header`, active when `AWS_LAMBDA_FUNCTION_NAME` is set); the service
that triggers the next invocation (S3, SQS, SNS) passes it on; the header's `Lineage` field
counts how many times each function ran in the chain. When a function would run for the 17th
time in one chain, Lambda drops the event instead.

NubeLab keeps the same mechanism with its own Lineage encoding: `Lineage=<tag>:<count>[,...]`,
one entry per function, `tag` = 8 hex digits of the function ARN's SHA-256.
"""
import hashlib
import os
import time

LOOP_LIMIT = 16  # AWS: "invoked more than 16 times in the same chain of requests"


def _fields(header):
    fields = {}
    for part in (header or "").split(";"):
        name, sep, value = part.strip().partition("=")
        if sep:
            fields[name] = value
    return fields


def _lineage(text):
    counts = {}
    for entry in (text or "").split(","):
        tag, sep, count = entry.strip().partition(":")
        if sep and count.isdigit():
            counts[tag] = int(count)
    return counts


def function_tag(function_arn):
    return hashlib.sha256(function_arn.encode()).hexdigest()[:8]


def _new_root():
    return f"1-{int(time.time()):08x}-{os.urandom(12).hex()}"


def next_trace(incoming_header, function_arn):
    """(trace header value for this run, how many times the function has run in this chain
    counting this run). The root is kept from the incoming header, as X-Ray does."""
    fields = _fields(incoming_header)
    counts = _lineage(fields.get("Lineage"))
    tag = function_tag(function_arn)
    counts[tag] = counts.get(tag, 0) + 1
    lineage = ",".join(f"{t}:{n}" for t, n in counts.items())
    root = fields.get("Root") or _new_root()
    header = f"Root={root};Parent={os.urandom(8).hex()};Sampled=0;Lineage={lineage}"
    return header, counts[tag]
