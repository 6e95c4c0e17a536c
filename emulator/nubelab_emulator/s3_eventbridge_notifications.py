"""S3 bucket notifications: EventBridge delivery, once turned on, is reported back.

moto stores `EventBridgeConfiguration` from PutBucketNotificationConfiguration (and sends
events to EventBridge), but its GetBucketNotificationConfiguration answer lists only topics,
queues and functions, so a bucket with EventBridge turned on reads as if it had none. AWS
answers with an empty `<EventBridgeConfiguration/>` element, and that element is how the
console, the CLI and the checker tell that the bucket sends its events to EventBridge.

The patch wraps moto's GET handler: when the stored configuration has EventBridge turned on,
the element is added to the answer's XML, after the other configurations as AWS orders them.
Nothing else in the answer changes.
"""
from moto.s3.responses import S3Response

_applied = False
_ELEMENT = "<EventBridgeConfiguration></EventBridgeConfiguration>"
_CLOSING = "</NotificationConfiguration>"


def _with_event_bridge(body):
    text = body.decode("utf-8") if isinstance(body, bytes) else body
    if "EventBridgeConfiguration" in text:
        return body
    if text.rstrip().endswith("/>"):
        # An empty answer (`<NotificationConfiguration xmlns="…"/>`): open it to add the element.
        head = text.rstrip()[:-2]
        text = f"{head}>{_ELEMENT}{_CLOSING}"
    elif _CLOSING in text:
        text = text.replace(_CLOSING, f"{_ELEMENT}{_CLOSING}")
    else:
        return body
    return text.encode("utf-8") if isinstance(body, bytes) else text


def apply():
    global _applied
    if _applied:
        return
    original = S3Response.get_bucket_notification

    def get_bucket_notification(self):
        response = original(self)
        config = self.backend.get_bucket_notification_configuration(self.bucket_name)
        if config is None or getattr(config, "event_bridge", None) is None:
            return response
        status, headers, body = response
        return status, headers, _with_event_bridge(body)

    S3Response.get_bucket_notification = get_bucket_notification
    _applied = True
