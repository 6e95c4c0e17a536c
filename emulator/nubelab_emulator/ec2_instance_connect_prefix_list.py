"""EC2: the AWS-managed prefix list of EC2 Instance Connect exists, as in every AWS region.

AWS: each region has an AWS-managed prefix list `com.amazonaws.<region>.ec2-instance-connect`
with the addresses the browser-based EC2 Instance Connect connects from. A security group
rule that allows SSH from that list (instead of from 0.0.0.0/0) is how AWS recommends opening
port 22 to Instance Connect, and it is what the ec2-instance lab expects.

moto 5.2.5 (`ec2/models/managed_prefixes.py`, `create_default_pls` ~L160) creates the S3,
DynamoDB, CloudFront, Ground Station and VPC Lattice lists, but not this one: looking it up by
name finds nothing, so the lesson's step fails on the emulator.

Where to fix it: after moto's own `create_default_pls`, the list is added the same way moto adds
the others (owner `AWS`, no version, no max entries). Its address is the region's
EC2_INSTANCE_CONNECT range from AWS's published ip-ranges.json, for the regions listed below;
in other regions the list is not created rather than given an invented address.
"""
from moto.ec2.models.managed_prefixes import ManagedPrefixListBackend

_applied = False
_original = ManagedPrefixListBackend.create_default_pls

# service EC2_INSTANCE_CONNECT in https://ip-ranges.amazonaws.com/ip-ranges.json
INSTANCE_CONNECT_RANGES = {
    "us-east-1": "18.206.107.24/29",
    "us-east-2": "3.16.146.0/29",
    "us-west-1": "13.52.6.112/29",
    "us-west-2": "18.237.140.160/29",
    "ap-northeast-1": "3.112.23.0/29",
    "ap-northeast-2": "13.209.1.56/29",
    "ap-southeast-1": "3.0.5.32/29",
    "ap-southeast-2": "13.239.158.0/29",
    "eu-west-1": "18.202.216.48/29",
    "eu-central-1": "3.120.181.40/29",
}


def create_default_pls(self):
    _original(self)
    cidr = INSTANCE_CONNECT_RANGES.get(self.region_name)
    if cidr:
        self._create_aws_managed_prefix_list(
            name=f"com.amazonaws.{self.region_name}.ec2-instance-connect",
            address_family="IPv4",
            entries=[{"Cidr": cidr, "Description": "default"}],
        )


def apply():
    global _applied
    if _applied:
        return
    ManagedPrefixListBackend.create_default_pls = create_default_pls
    _applied = True
