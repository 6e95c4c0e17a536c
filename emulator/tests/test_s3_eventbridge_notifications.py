"""nubelab_emulator.s3_eventbridge_notifications, against the real server over HTTP."""
import uuid


def _bucket(s3):
    name = f"nubelab-events-{uuid.uuid4().hex[:12]}"
    s3.create_bucket(Bucket=name)
    return name


def test_event_bridge_turned_on_is_read_back(boto_client):
    s3 = boto_client("s3")
    name = _bucket(s3)

    s3.put_bucket_notification_configuration(Bucket=name, NotificationConfiguration={"EventBridgeConfiguration": {}})

    assert s3.get_bucket_notification_configuration(Bucket=name)["EventBridgeConfiguration"] == {}


def test_a_bucket_without_notifications_has_no_event_bridge(boto_client):
    s3 = boto_client("s3")
    name = _bucket(s3)

    answer = s3.get_bucket_notification_configuration(Bucket=name)

    assert "EventBridgeConfiguration" not in answer
    assert answer.get("LambdaFunctionConfigurations", []) == []


def test_event_bridge_sits_beside_a_queue_and_goes_when_the_configuration_is_replaced(boto_client):
    s3 = boto_client("s3")
    sqs = boto_client("sqs")
    queue_arn = sqs.get_queue_attributes(
        QueueUrl=sqs.create_queue(QueueName=f"raw-arrivals-{uuid.uuid4().hex[:8]}")["QueueUrl"], AttributeNames=["QueueArn"]
    )["Attributes"]["QueueArn"]
    name = _bucket(s3)
    queue = {
        "Id": "raw-to-queue",
        "QueueArn": queue_arn,
        "Events": ["s3:ObjectCreated:*"],
        "Filter": {"Key": {"FilterRules": [{"Name": "prefix", "Value": "raw/"}]}},
    }

    s3.put_bucket_notification_configuration(
        Bucket=name, NotificationConfiguration={"QueueConfigurations": [queue], "EventBridgeConfiguration": {}}
    )
    both = s3.get_bucket_notification_configuration(Bucket=name)
    assert both["EventBridgeConfiguration"] == {}
    assert [q["Id"] for q in both["QueueConfigurations"]] == ["raw-to-queue"]

    # PutBucketNotificationConfiguration replaces the whole configuration: leaving EventBridge
    # out of it turns EventBridge off, as on AWS.
    s3.put_bucket_notification_configuration(Bucket=name, NotificationConfiguration={"QueueConfigurations": [queue]})
    queue_only = s3.get_bucket_notification_configuration(Bucket=name)
    assert "EventBridgeConfiguration" not in queue_only
    assert [q["Id"] for q in queue_only["QueueConfigurations"]] == ["raw-to-queue"]
