"""EC2 launch templates: metadata options and the instance profile apply to launched instances.

AWS: `RunInstances` with a launch template takes every setting of the template that the request
does not override. An instance launched from a template with `MetadataOptions.HttpTokens =
required` requires IMDSv2, and one launched from a template with an `IamInstanceProfile` gets
that profile. This is how the CDK's `Instance` with `requireImdsv2: true` works (it adds a
launch template), and how the console's launch templates are meant to be used.

moto 5.2.5 (`ec2/models/instances.py`, `InstanceBackend.run_instances` ~L816) copies the
template's user data, instance type, key pair and security groups, but not its metadata options
(the instance answers `HttpTokens: optional`) nor its instance profile (the instance has none):
an IMDSv2 or instance-profile check fails on an instance that AWS would have configured.

Where to fix it: `run_instances`. Before moto builds the instances, the template's metadata
options are passed on when the request has none of its own; afterwards, when the request named
no profile, the template's profile is associated with every instance launched, as moto's
response layer does for a profile given in the request.
"""
from moto.ec2.models.instances import InstanceBackend

_applied = False
_original = InstanceBackend.run_instances


def _template_data(backend, kwargs):
    launch_template = kwargs.get("launch_template")
    return backend._get_template_from_args(launch_template).data if launch_template else {}


def run_instances(self, image_id, count, user_data, security_group_names, **kwargs):
    template = _template_data(self, kwargs)
    if not kwargs.get("metadata_options") and template.get("MetadataOptions"):
        kwargs["metadata_options"] = dict(template["MetadataOptions"])
    reservation = _original(self, image_id, count, user_data, security_group_names, **kwargs)

    profile = template.get("IamInstanceProfile") or {}
    asked_for_one = kwargs.get("iam_instance_profile_name") or kwargs.get("iam_instance_profile_arn")
    if (profile.get("Name") or profile.get("Arn")) and not asked_for_one:
        for instance in reservation.instances:
            self.associate_iam_instance_profile(
                instance_id=instance.id,
                iam_instance_profile_name=profile.get("Name"),
                iam_instance_profile_arn=profile.get("Arn"),
            )
    return reservation


def apply():
    global _applied
    if _applied:
        return
    InstanceBackend.run_instances = run_instances
    _applied = True
