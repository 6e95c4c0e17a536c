"""nubelab_emulator.ec2_flow_logs_s3_prefix, against the real server: a flow log to an S3 folder
is created and reported with its full destination; a missing bucket and a duplicate still fail
as on AWS; destinations without a folder and CloudWatch Logs are moto's own."""
import uuid

import pytest
from botocore.exceptions import ClientError


@pytest.fixture
def network(boto_client):
    ec2, s3 = boto_client("ec2"), boto_client("s3")
    vpc = ec2.create_vpc(CidrBlock="10.0.0.0/16")["Vpc"]["VpcId"]
    bucket = f"flow-logs-{uuid.uuid4().hex[:10]}"
    s3.create_bucket(Bucket=bucket)
    return ec2, vpc, bucket


def test_a_folder_in_the_destination_is_accepted_and_reported(network):
    ec2, vpc, bucket = network
    destination = f"arn:aws:s3:::{bucket}/vpc-flow-logs/"
    out = ec2.create_flow_logs(ResourceType="VPC", ResourceIds=[vpc], TrafficType="ALL", LogDestinationType="s3", LogDestination=destination)
    assert out["Unsuccessful"] == []
    [flow_log_id] = out["FlowLogIds"]
    [flow_log] = ec2.describe_flow_logs(FlowLogIds=[flow_log_id])["FlowLogs"]
    assert flow_log["LogDestination"] == destination
    assert flow_log["LogDestinationType"] == "s3"
    assert flow_log["ResourceId"] == vpc
    assert flow_log["FlowLogStatus"] == "ACTIVE"
    assert flow_log["DeliverLogsStatus"] == "SUCCESS"
    assert flow_log["MaxAggregationInterval"] == 600


def test_tags_and_filters_work_on_a_folder_destination(network):
    ec2, vpc, bucket = network
    out = ec2.create_flow_logs(
        ResourceType="VPC", ResourceIds=[vpc], TrafficType="REJECT", LogDestinationType="s3",
        LogDestination=f"arn:aws:s3:::{bucket}/logs/",
        TagSpecifications=[{"ResourceType": "vpc-flow-log", "Tags": [{"Key": "Name", "Value": "folder-test"}]}],
    )
    found = ec2.describe_flow_logs(Filters=[{"Name": "tag:Name", "Values": ["folder-test"]}])["FlowLogs"]
    assert [f["FlowLogId"] for f in found] == out["FlowLogIds"]
    assert found[0]["TrafficType"] == "REJECT"


def test_a_missing_bucket_is_still_unsuccessful(network):
    ec2, vpc, _ = network
    out = ec2.create_flow_logs(
        ResourceType="VPC", ResourceIds=[vpc], TrafficType="ALL", LogDestinationType="s3",
        LogDestination="arn:aws:s3:::no-such-bucket-nubelab/vpc-flow-logs/",
    )
    assert out["FlowLogIds"] == []
    assert out["Unsuccessful"][0]["ResourceId"] == vpc
    assert "does not exist" in out["Unsuccessful"][0]["Error"]["Message"]


def test_the_same_folder_twice_is_a_duplicate_but_another_folder_is_not(network):
    ec2, vpc, bucket = network
    args = dict(ResourceType="VPC", ResourceIds=[vpc], TrafficType="ALL", LogDestinationType="s3")
    ec2.create_flow_logs(LogDestination=f"arn:aws:s3:::{bucket}/a/", **args)
    with pytest.raises(ClientError) as duplicate:
        ec2.create_flow_logs(LogDestination=f"arn:aws:s3:::{bucket}/a/", **args)
    assert duplicate.value.response["Error"]["Code"] == "FlowLogAlreadyExists"
    assert ec2.create_flow_logs(LogDestination=f"arn:aws:s3:::{bucket}/b/", **args)["Unsuccessful"] == []
    # The bucket itself, without a folder, is moto's own path and coexists with the folders.
    assert ec2.create_flow_logs(LogDestination=f"arn:aws:s3:::{bucket}", **args)["Unsuccessful"] == []


def test_an_unknown_vpc_is_still_an_error(network):
    ec2, _, bucket = network
    with pytest.raises(ClientError) as missing:
        ec2.create_flow_logs(
            ResourceType="VPC", ResourceIds=["vpc-0123456789abcdef0"], TrafficType="ALL",
            LogDestinationType="s3", LogDestination=f"arn:aws:s3:::{bucket}/x/",
        )
    assert missing.value.response["Error"]["Code"] == "InvalidVpcID.NotFound"


def test_cloudwatch_logs_destinations_are_unchanged(network, boto_client):
    ec2, vpc, _ = network
    group = f"/nubelab/{uuid.uuid4().hex[:8]}"
    boto_client("logs").create_log_group(logGroupName=group)
    out = ec2.create_flow_logs(
        ResourceType="VPC", ResourceIds=[vpc], TrafficType="ALL", LogGroupName=group,
        DeliverLogsPermissionArn="arn:aws:iam::123456789012:role/flow-logs",
    )
    [flow_log] = ec2.describe_flow_logs(FlowLogIds=out["FlowLogIds"])["FlowLogs"]
    assert flow_log["LogDestinationType"] == "cloud-watch-logs"
    assert flow_log["LogGroupName"] == group
    assert flow_log["DeliverLogsStatus"] == "SUCCESS"
