"""Temporary credentials of the function's execution role, as Lambda gives its runtime.

Obtained from moto's STS backend in-process (AssumeRole on the role ARN, session name = the
function's name, as on AWS), so the function's own SDK calls are made as
`arn:aws:sts::<account>:assumed-role/<role>/<function>` and land in the role's account.
"""
from moto.sts.models import sts_backends
from moto.utilities.utils import get_partition

SESSION_SECONDS = 12 * 3600  # outlives any warm worker (they exit after minutes idle)


def role_environment(function):
    return assumed_role_environment(function.account_id, function.region, function.role, function.function_name)


def assumed_role_environment(account_id, region, role_arn, session_name, duration=SESSION_SECONDS):
    """AWS_ACCESS_KEY_ID/SECRET/SESSION_TOKEN of `role_arn` assumed in moto's STS (also used by
    glue_runs for a job's role)."""
    sts = sts_backends[account_id][get_partition(region)]
    role = sts.assume_role(
        region_name=region,
        role_session_name=session_name,
        role_arn=role_arn,
        policy=None,
        duration=duration,
        external_id=None,
    )
    return {
        "AWS_ACCESS_KEY_ID": role.access_key_id,
        "AWS_SECRET_ACCESS_KEY": role.secret_access_key,
        "AWS_SESSION_TOKEN": role.session_token,
    }
