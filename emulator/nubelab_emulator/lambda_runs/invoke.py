"""Lambda Invoke runs the function (moto without Docker answers "Simple Lambda happy path OK").

moto 5.2.5: with `{"lambda": {"use_docker": false}}` the backend is `LambdaSimpleBackend`, whose
`invoke` (awslambda_simple/models.py ~L17) returns the request body or a queued canned answer
and runs nothing. With Docker, `LambdaFunction.invoke` (awslambda/models.py ~L1143) runs
`_invoke_lambda` (~L981) in a container and always waits, whatever the invocation type.

AWS: `RequestResponse` waits and answers the handler's result, or 200 with
`X-Amz-Function-Error: Unhandled` and the error object; `Event` queues the event and answers 202
at once; `DryRun` checks the call and answers 204 without running anything. With
`X-Amz-Log-Type: Tail` the answer carries the run's last 4 KB of log (X-Amz-Log-Result).

Where this hooks: `LambdaFunction.invoke`, the one method every invoke path reaches (the Invoke
and InvokeAsync APIs through the backend, S3/SNS/SQS/EventBridge notifications directly). The
simple backend's `invoke` goes back to the base class's, which resolves the function and
qualifier and calls it. moto's response layer already maps Event → 202 and DryRun → 204 for a
non-None payload. As on AWS, the response's request id is the invocation's (the one in START,
in the error object and in `context.aws_request_id`): moto's `_enrich_response` would replace it
with a random one, so LambdaResponse keeps one the action already set. UpdateFunctionCode/UpdateFunctionConfiguration discard the function's warm
workers, as AWS retires old execution environments.
"""
import base64
import json

from moto.awslambda.exceptions import LambdaClientError
from moto.awslambda.models import LambdaBackend, LambdaFunction
from moto.awslambda.responses import LambdaResponse
from moto.awslambda_simple.models import LambdaSimpleBackend
from moto.core.responses import BaseResponse

from .endpoint import current_endpoint
from .pool import pool
from .runner import new_invocation, run, run_in_background

_applied = False


def _header(headers, name):
    if not headers:
        return None
    value = headers.get(name)
    if value is None and isinstance(headers, dict):
        value = next((v for k, v in headers.items() if k.lower() == name.lower()), None)
    return value


def invoke(self, body, request_headers, response_headers):
    payload = body.decode("utf-8") if isinstance(body, bytes) else (body or "{}")
    try:
        json.loads(payload)
    except ValueError as e:
        raise LambdaClientError("InvalidRequestContentException", f"Could not parse request body into json: {e}") from None
    invocation_type = _header(request_headers, "X-Amz-Invocation-Type") or "RequestResponse"
    if invocation_type == "DryRun":
        return b""
    invocation, _ = new_invocation(self, payload, _header(request_headers, "X-Amzn-Trace-Id"), current_endpoint())
    response_headers["x-amzn-requestid"] = invocation.request_id
    if invocation_type == "Event":
        run_in_background(invocation)
        return b""
    outcome = run(invocation)
    if outcome.failed:
        response_headers["x-amz-function-error"] = "Unhandled"
    response_headers["x-amz-executed-version"] = str(self.version)
    # moto's response layer drops this header unless the request asked for the tail.
    response_headers["x-amz-log-result"] = base64.b64encode(outcome.log_text.encode()).decode()
    return outcome.payload


def _enrich_response(headers, body):
    request_id = headers.get("x-amzn-requestid")
    headers, body = BaseResponse._enrich_response(headers, body)
    if request_id:
        headers["x-amzn-requestid"] = request_id
    return headers, body


def _discarding_workers(method):
    def wrapper(self, *args, **kwargs):
        result = method(self, *args, **kwargs)
        pool.discard((self.account_id, self.region, self.function_name, str(self.version)))
        return result

    wrapper.__wrapped__ = method
    return wrapper


def apply():
    global _applied
    if _applied:
        return
    LambdaFunction.invoke = invoke
    LambdaSimpleBackend.invoke = LambdaBackend.invoke
    LambdaResponse._enrich_response = staticmethod(_enrich_response)
    LambdaFunction.update_function_code = _discarding_workers(LambdaFunction.update_function_code)
    LambdaFunction.update_configuration = _discarding_workers(LambdaFunction.update_configuration)
    _applied = True
