"""nubelab_emulator.ec2_launch_template_settings, against the real server: instances launched
from a template take its metadata options and instance profile, the request's own settings
still win, and a template without them changes nothing."""
import uuid

import pytest

AMI = "ami-12c6146b"  # one of the images moto ships


@pytest.fixture
def profile(boto_client):
    iam = boto_client("iam")
    name = f"lt-profile-{uuid.uuid4().hex[:8]}"
    iam.create_role(RoleName=name, AssumeRolePolicyDocument='{"Version":"2012-10-17","Statement":[]}')
    created = iam.create_instance_profile(InstanceProfileName=name)["InstanceProfile"]
    iam.add_role_to_instance_profile(InstanceProfileName=name, RoleName=name)
    return created


def template(ec2, **data):
    name = f"lt-{uuid.uuid4().hex[:8]}"
    ec2.create_launch_template(LaunchTemplateName=name, LaunchTemplateData={"ImageId": AMI, "InstanceType": "t3.micro", **data})
    return {"LaunchTemplateName": name}


def launched(ec2, count=1, **request):
    out = ec2.run_instances(MinCount=count, MaxCount=count, **request)
    ids = [i["InstanceId"] for i in out["Instances"]]
    return ec2.describe_instances(InstanceIds=ids)["Reservations"][0]["Instances"]


def test_the_template_metadata_options_apply(boto_client):
    ec2 = boto_client("ec2")
    [instance] = launched(ec2, LaunchTemplate=template(ec2, MetadataOptions={"HttpTokens": "required", "HttpPutResponseHopLimit": 2}))
    assert instance["MetadataOptions"]["HttpTokens"] == "required"
    assert instance["MetadataOptions"]["HttpPutResponseHopLimit"] == 2


def test_the_request_metadata_options_win(boto_client):
    ec2 = boto_client("ec2")
    lt = template(ec2, MetadataOptions={"HttpTokens": "required"})
    [instance] = launched(ec2, LaunchTemplate=lt, MetadataOptions={"HttpTokens": "optional"})
    assert instance["MetadataOptions"]["HttpTokens"] == "optional"


def test_the_template_profile_applies_to_every_instance(boto_client, profile):
    ec2 = boto_client("ec2")
    lt = template(ec2, IamInstanceProfile={"Name": profile["InstanceProfileName"]})
    instances = launched(ec2, count=2, LaunchTemplate=lt)
    assert [i.get("IamInstanceProfile", {}).get("Arn") for i in instances] == [profile["Arn"]] * 2


def test_a_template_profile_by_arn(boto_client, profile):
    ec2 = boto_client("ec2")
    [instance] = launched(ec2, LaunchTemplate=template(ec2, IamInstanceProfile={"Arn": profile["Arn"]}))
    assert instance["IamInstanceProfile"]["Arn"] == profile["Arn"]


def test_a_template_without_them_changes_nothing(boto_client):
    ec2 = boto_client("ec2")
    [instance] = launched(ec2, LaunchTemplate=template(ec2))
    assert instance["MetadataOptions"]["HttpTokens"] == "optional"
    assert "IamInstanceProfile" not in instance
