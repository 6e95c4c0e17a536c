"""nubelab_emulator.ec2_vpc_default_acl, against the real server: a deleted VPC takes its default
network ACL with it; other VPCs keep theirs; a VPC with subnets still cannot be deleted."""
import pytest
from botocore.exceptions import ClientError


def acls_of(ec2, vpc):
    return ec2.describe_network_acls(Filters=[{"Name": "vpc-id", "Values": [vpc]}])["NetworkAcls"]


def test_the_default_acl_goes_with_the_vpc(boto_client):
    ec2 = boto_client("ec2")
    vpc = ec2.create_vpc(CidrBlock="10.3.0.0/16")["Vpc"]["VpcId"]
    other = ec2.create_vpc(CidrBlock="10.4.0.0/16")["Vpc"]["VpcId"]
    assert [a["IsDefault"] for a in acls_of(ec2, vpc)] == [True]
    ec2.delete_vpc(VpcId=vpc)
    assert acls_of(ec2, vpc) == []
    assert vpc not in [a["VpcId"] for a in ec2.describe_network_acls()["NetworkAcls"]]
    assert [a["IsDefault"] for a in acls_of(ec2, other)] == [True]


def test_a_vpc_with_a_subnet_is_still_refused(boto_client):
    ec2 = boto_client("ec2")
    vpc = ec2.create_vpc(CidrBlock="10.5.0.0/16")["Vpc"]["VpcId"]
    ec2.create_subnet(VpcId=vpc, CidrBlock="10.5.1.0/24")
    with pytest.raises(ClientError) as busy:
        ec2.delete_vpc(VpcId=vpc)
    assert busy.value.response["Error"]["Code"] == "DependencyViolation"
    assert [a["IsDefault"] for a in acls_of(ec2, vpc)] == [True]
