"""Lambda functions run: Invoke executes Python handlers in isolated worker processes, S3 event
notifications invoke them asynchronously, and recursive loops are stopped as on AWS.

moto 5.2.5 without Docker stores functions but never runs them (Invoke answers a canned text,
an S3 upload triggers nothing that runs). Each module says what it replaces and why there:
  interpreters.py  runtime → newest matching Python on the machine
  sdk.py           where the functions' boto3 lives (.lambda-sdk/, scripts/setup.sh)
  package.py       the function's code and layers extracted from moto's stored zips
  bootstrap.py     what runs inside the worker process (the runtime interface client)
  worker.py        one execution environment: a subprocess and its pipes
  pool.py          warm reuse, per-function concurrency, idle expiry
  credentials.py   the execution role's temporary credentials from moto's STS
  environment.py   the worker's environment variables
  logs.py          writes to /aws/lambda/<name> through moto's logs backend
  log_lines.py     the REPORT line and the other texts the service logs
  tracing.py       the trace header and the hop count of recursive loop detection
  runner.py        one invocation end to end, AWS's error shapes
  invoke.py        the Invoke patch (RequestResponse / Event / DryRun)
  s3_events.py     the S3 notification patch (asynchronous, AWS's record, loop guard)
"""
from . import invoke, s3_events

_applied = False


def apply():
    global _applied
    if _applied:
        return
    invoke.apply()
    s3_events.apply()
    _applied = True
