"""EC2 RunInstances: an image id of the form `resolve:ssm:<parameter>` is read from SSM.

AWS: `RunInstances` (and launch templates) accept `--image-id resolve:ssm:/aws/service/...`;
EC2 reads the parameter when it launches and the instance's `ImageId` is the AMI it named. This
is how the lessons launch the current Amazon Linux 2023 without copying an AMI id that changes
every few weeks.

moto 5.2.5 (`ec2/models/instances.py`, `InstanceBackend.run_instances` ~L796) stores the text
as it came: the instance's ImageId is `resolve:ssm:/aws/...`, DescribeImages finds nothing, and a
check on the AMI fails on an instance AWS would have launched correctly.

Where to fix it: `run_instances`, before moto builds the instances. The parameter is read from
moto's own SSM backend for the same account and region (its public `/aws/service/...`
parameters, AL2023 among them, resolve there). An unknown parameter is refused the way EC2
refuses a bad value, instead of launching an instance with no image. The wrapper is taken at
`apply()` time so it composes with other patches of `run_instances`.
"""
from moto.ec2.exceptions import InvalidParameterValueError
from moto.ec2.models.instances import InstanceBackend
from moto.ssm.models import ssm_backends

PREFIX = "resolve:ssm:"
_applied = False


def resolved_image_id(backend, image_id):
    """The AMI id an image id names: itself, or the value of the SSM parameter after `resolve:ssm:`."""
    if not image_id or not image_id.startswith(PREFIX):
        return image_id
    name = image_id[len(PREFIX):]
    parameter = ssm_backends[backend.account_id][backend.region_name].get_parameter(name)
    if parameter is None:
        raise InvalidParameterValueError(image_id)
    return parameter.value


def apply():
    global _applied
    if _applied:
        return
    original = InstanceBackend.run_instances

    def run_instances(self, image_id, count, user_data, security_group_names, **kwargs):
        return original(self, resolved_image_id(self, image_id), count, user_data, security_group_names, **kwargs)

    InstanceBackend.run_instances = run_instances
    _applied = True
