"""nubelab_emulator.ec2_ami_from_ssm, against the real server: `resolve:ssm:` image ids launch
the AMI the parameter names, a plain AMI id is untouched, and an unknown parameter is refused."""
import botocore.exceptions
import pytest

AL2023 = "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64"


def launched(ec2, image_id):
    out = ec2.run_instances(ImageId=image_id, InstanceType="t3.micro", MinCount=1, MaxCount=1)
    return out["Instances"][0]


def test_the_parameter_names_the_image(boto_client):
    ec2, ssm = boto_client("ec2"), boto_client("ssm")
    ami = ssm.get_parameter(Name=AL2023)["Parameter"]["Value"]
    instance = launched(ec2, f"resolve:ssm:{AL2023}")
    assert instance["ImageId"] == ami
    [image] = ec2.describe_images(ImageIds=[instance["ImageId"]])["Images"]
    assert image["Name"].startswith("al2023-ami-")


def test_a_plain_image_id_is_kept(boto_client):
    ec2 = boto_client("ec2")
    assert launched(ec2, "ami-12c6146b")["ImageId"] == "ami-12c6146b"


def test_an_unknown_parameter_is_refused(boto_client):
    ec2 = boto_client("ec2")
    with pytest.raises(botocore.exceptions.ClientError) as raised:
        launched(ec2, "resolve:ssm:/nubelab/no-such-parameter")
    assert raised.value.response["Error"]["Code"] == "InvalidParameterValue"
