"""NubeLab's fidelity layer: small patches that make moto answer as AWS does where labs notice.

One module per patch, each with an `apply()` that is safe to call more than once and a docstring
that says what moto does, what AWS does, and why the patch hooks where it does. Each is tested
against a real moto server over HTTP in emulator/tests/.
"""
from . import (
    athena_sql,
    ec2_ami_from_ssm,
    ec2_flow_logs_s3_prefix,
    ec2_instance_connect_prefix_list,
    ec2_launch_template_settings,
    ec2_subnet_associations,
    ec2_vpc_default_acl,
    glue_runs,
    iam_login_profile,
    iam_policy_documents,
    lambda_runs,
    quicksight_bi,
    s3_eventbridge_notifications,
    s3_secure_transport,
    sagemaker_runs,
)

# Explicit, so adding a module without listing it here is a visible omission, not an import side effect.
PATCHES = (
    s3_secure_transport,
    s3_eventbridge_notifications,
    iam_policy_documents,
    iam_login_profile,
    lambda_runs,
    athena_sql,
    glue_runs,
    ec2_flow_logs_s3_prefix,
    ec2_subnet_associations,
    ec2_vpc_default_acl,
    ec2_instance_connect_prefix_list,
    ec2_launch_template_settings,
    ec2_ami_from_ssm,
    quicksight_bi,
    sagemaker_runs,
)


def apply_patches():
    for patch in PATCHES:
        patch.apply()
