"""nubelab_emulator.ec2_instance_connect_prefix_list, against the real server: the region's
EC2 Instance Connect list is found by name, holds the published range, and works as a security
group source; moto's own lists are still there."""
import boto3
import pytest
from botocore.config import Config


@pytest.fixture
def ec2_in(endpoint):
    def make(region):
        return boto3.client("ec2", endpoint_url=endpoint, region_name=region, aws_access_key_id="testing",
                            aws_secret_access_key="testing", config=Config(retries={"max_attempts": 1}))
    return make


def by_name(ec2, name):
    return ec2.describe_managed_prefix_lists(Filters=[{"Name": "prefix-list-name", "Values": [name]}])["PrefixLists"]


@pytest.mark.parametrize("region, cidr", [("us-east-1", "18.206.107.24/29"), ("eu-west-1", "18.202.216.48/29")])
def test_the_list_exists_with_the_published_range(ec2_in, region, cidr):
    ec2 = ec2_in(region)
    [found] = by_name(ec2, f"com.amazonaws.{region}.ec2-instance-connect")
    assert found["OwnerId"] == "AWS"
    assert found["AddressFamily"] == "IPv4"
    entries = ec2.get_managed_prefix_list_entries(PrefixListId=found["PrefixListId"])["Entries"]
    assert [e["Cidr"] for e in entries] == [cidr]


def test_a_security_group_can_allow_ssh_from_it(ec2_in):
    ec2 = ec2_in("us-east-1")
    [found] = by_name(ec2, "com.amazonaws.us-east-1.ec2-instance-connect")
    vpc = ec2.create_vpc(CidrBlock="10.2.0.0/16")["Vpc"]["VpcId"]
    group = ec2.create_security_group(GroupName="eic-ssh", Description="SSH from EC2 Instance Connect", VpcId=vpc)["GroupId"]
    ec2.authorize_security_group_ingress(GroupId=group, IpPermissions=[{
        "IpProtocol": "tcp", "FromPort": 22, "ToPort": 22, "PrefixListIds": [{"PrefixListId": found["PrefixListId"]}],
    }])
    [rule] = ec2.describe_security_groups(GroupIds=[group])["SecurityGroups"][0]["IpPermissions"]
    assert rule["PrefixListIds"] == [{"PrefixListId": found["PrefixListId"]}]
    assert rule.get("IpRanges", []) == []


def test_moto_own_lists_are_still_there(ec2_in):
    ec2 = ec2_in("us-east-1")
    assert by_name(ec2, "com.amazonaws.us-east-1.s3")
    assert by_name(ec2, "com.amazonaws.us-east-1.dynamodb")


def test_no_list_is_invented_for_a_region_without_a_known_range(ec2_in):
    assert by_name(ec2_in("sa-east-1"), "com.amazonaws.sa-east-1.ec2-instance-connect") == []
