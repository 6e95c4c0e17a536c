"""sagemaker-runtime InvokeEndpoint answers with the endpoint's real prediction.

moto 5.2.5: `SageMakerRuntimeResponse.invoke_endpoint` (sagemakerruntime/responses.py ~L21)
answers the text "body" for any endpoint name, existing or not.

Here: an unknown endpoint (or one not InService) gets AWS's ValidationError "Endpoint <name> of
account <id> not found."; otherwise the request's body, ContentType and Accept go to the
endpoint's worker (endpoints.py) and its answer comes back with Content-Type and
x-Amzn-Invoked-Production-Variant. An error in the inference code is AWS's ModelError (HTTP 424)
pointing at the endpoint's log. Each invocation also records the AWS/SageMaker metrics
Invocations and ModelLatency (dimensions EndpointName, VariantName) in moto's CloudWatch, as
SageMaker does; that is the evidence of use a read-only checker can look at.
"""
import base64
import json

from moto.cloudwatch.models import cloudwatch_backends
from moto.core.exceptions import JsonRESTError
from moto.core.utils import utcnow
from moto.sagemaker.models import sagemaker_backends
from moto.sagemakerruntime.responses import SageMakerRuntimeResponse

from . import endpoints

INVOCATION_TIMEOUT_S = 60  # SageMaker's limit for a real-time invocation
_applied = False


class ModelError(JsonRESTError):
    code = 424

    def __init__(self, message, original_message, log_stream_arn):
        super().__init__("ModelError", message)
        self.description = json.dumps({"__type": "ModelError", "message": message, "OriginalStatusCode": 500,
                                       "OriginalMessage": original_message, "LogStreamArn": log_stream_arn})


class EndpointNotFound(JsonRESTError):
    code = 400

    def __init__(self, name, account_id):
        super().__init__("ValidationError", f"Endpoint {name} of account {account_id} not found.")


def invoke_endpoint(self):
    name = self.path.split("/")[2] if self.path.startswith("/endpoints/") else self._get_params().get("EndpointName")
    account_id, region = self.current_account, self.region
    backend = sagemaker_backends[account_id][region]
    endpoint = backend.endpoints.get(name)
    if endpoint is None or endpoint.endpoint_status not in ("InService", "Updating"):
        raise EndpointNotFound(name, account_id)
    variant = (endpoint.production_variants or [{}])[0].get("VariantName", "AllTraffic")
    try:
        worker = endpoints.worker_for(backend, endpoint)
    except endpoints.LoadError as e:
        raise ModelError(f"The model of endpoint {name} could not be loaded: {e}", str(e), "") from None
    content_type = self.headers.get("Content-Type") or "application/octet-stream"
    accept = self.headers.get("Accept")
    body = self.body if isinstance(self.body, bytes) else (self.body or "").encode()
    answer, milliseconds = worker.invoke(body, content_type, accept, INVOCATION_TIMEOUT_S)
    _record_metrics(account_id, region, name, variant, milliseconds, ok=bool(answer and "error" not in answer))
    log_arn = f"arn:aws:logs:{region}:{account_id}:log-group:{worker.log_group}"
    if answer is None:
        raise ModelError(f"Your invocation timed out while waiting for a response from container primary. Review the latency metrics for each container in Amazon CloudWatch, resolve the issue, and try again.", "timeout", log_arn)
    if "error" in answer:
        raise ModelError(f'Received server error (500) from primary with message "{answer["error"]}". See {log_arn} in account {account_id} for more information.', answer["error"], log_arn)
    headers = {"Content-Type": answer.get("content_type") or "application/json", "x-Amzn-Invoked-Production-Variant": variant}
    return 200, headers, base64.b64decode(answer["body"])


def _record_metrics(account_id, region, name, variant, milliseconds, ok):
    dimensions = [{"Name": "EndpointName", "Value": name}, {"Name": "VariantName", "Value": variant}]
    now = utcnow()
    data = [{"MetricName": "Invocations", "Value": 1.0, "Unit": "None", "Dimensions": dimensions, "Timestamp": now}]
    if ok:
        data.append({"MetricName": "ModelLatency", "Value": milliseconds * 1000, "Unit": "Microseconds", "Dimensions": dimensions, "Timestamp": now})
    else:
        data.append({"MetricName": "Invocation5XXErrors", "Value": 1.0, "Unit": "None", "Dimensions": dimensions, "Timestamp": now})
    try:
        cloudwatch_backends[account_id][region].put_metric_data("AWS/SageMaker", data)
    except Exception:  # metrics are evidence, never a reason to fail the invocation
        pass


def apply():
    global _applied
    if _applied:
        return
    SageMakerRuntimeResponse.invoke_endpoint = invoke_endpoint
    _applied = True
