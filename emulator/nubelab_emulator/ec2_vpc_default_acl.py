"""EC2 VPCs: deleting a VPC deletes its default network ACL, as on AWS.

AWS: every VPC comes with a default network ACL, which cannot be deleted on its own and goes
away with the VPC. Afterwards DescribeNetworkAcls no longer lists it.

moto 5.2.5 (`ec2/models/vpcs.py`, `VPCBackend.delete_vpc`) deletes the VPC's main route table
and default security group but leaves the default network ACL behind, still naming the deleted
VPC: an unfiltered DescribeNetworkAcls (what a learner runs after the lesson's cleanup) shows an
ACL of a VPC that does not exist.

Where to fix it: `delete_vpc`, after moto has deleted the VPC (so its dependency checks and its
errors are unchanged): the default ACLs of that VPC are removed from the backend.
"""
from moto.ec2.models.vpcs import VPCBackend

_applied = False
_original = VPCBackend.delete_vpc


def delete_vpc(self, vpc_id):
    vpc = _original(self, vpc_id)
    for acl_id in [a.id for a in self.network_acls.values() if a.vpc_id == vpc_id and a.default]:
        del self.network_acls[acl_id]
    return vpc


def apply():
    global _applied
    if _applied:
        return
    VPCBackend.delete_vpc = delete_vpc
    _applied = True
