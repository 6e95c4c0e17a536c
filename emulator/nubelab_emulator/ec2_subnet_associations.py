"""EC2 subnets: deleting a subnet removes its route table and network ACL associations.

AWS: a subnet's association with a route table and with a network ACL belong to the subnet;
`DeleteSubnet` removes them with it. Afterwards the route table and the ACL can be deleted, and
neither lists the subnet any more.

moto 5.2.5 (`ec2/models/subnets.py`, `SubnetBackend.delete_subnet`) only drops the subnet: the
associations stay in `NetworkAcl._associations` and `RouteTable._associations`, so the lesson's
cleanup order (subnets, then the ACL and the tables) fails with DependencyViolation
("The network ACL … has dependencies and cannot be deleted"), and DescribeNetworkAcls and
DescribeRouteTables keep reporting a subnet that no longer exists.

Where to fix it: `delete_subnet`, after moto has found and removed the subnet (so an unknown id
still fails as before): the associations naming it are removed from every ACL and route table
of the backend.
"""
from moto.ec2.models.subnets import SubnetBackend

_applied = False
_original = SubnetBackend.delete_subnet


def delete_subnet(self, subnet_id):
    subnet = _original(self, subnet_id)
    for acl in self.network_acls.values():
        for association_id in [a for a, association in acl._associations.items() if association.subnet_id == subnet_id]:
            del acl._associations[association_id]
    for table in self.route_tables.values():
        for association_id in [a for a, target in table._associations.items() if target == subnet_id]:
            del table._associations[association_id]
    return subnet


def apply():
    global _applied
    if _applied:
        return
    SubnetBackend.delete_subnet = delete_subnet
    _applied = True
