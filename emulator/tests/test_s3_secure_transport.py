"""nubelab_emulator.s3_secure_transport, against the real server over plain HTTP on loopback."""
import json
import uuid

import pytest
from botocore.exceptions import ClientError


def _bucket(s3, policy_statements):
    name = f"nubelab-tls-{uuid.uuid4().hex[:12]}"
    s3.create_bucket(Bucket=name)
    s3.put_bucket_policy(Bucket=name, Policy=json.dumps({"Version": "2012-10-17", "Statement": policy_statements(name)}))
    return name


def _deny_without_tls(name):
    # The statement AWS's own documentation and security checks recommend on every bucket.
    return [
        {
            "Sid": "DenyInsecureTransport",
            "Effect": "Deny",
            "Principal": "*",
            "Action": "s3:*",
            "Resource": [f"arn:aws:s3:::{name}", f"arn:aws:s3:::{name}/*"],
            "Condition": {"Bool": {"aws:SecureTransport": "false"}},
        }
    ]


def test_tls_deny_policy_still_allows_object_requests(boto_client):
    s3 = boto_client("s3")
    name = _bucket(s3, _deny_without_tls)

    s3.put_object(Bucket=name, Key="trips/2024.csv", Body=b"id,fare\n1,9.5\n")
    got = s3.get_object(Bucket=name, Key="trips/2024.csv")

    assert got["Body"].read() == b"id,fare\n1,9.5\n"


def test_deny_without_that_condition_still_denies(boto_client):
    s3 = boto_client("s3")

    def deny_reads(name):
        return [
            {"Sid": "NoReads", "Effect": "Deny", "Principal": "*", "Action": "s3:GetObject", "Resource": f"arn:aws:s3:::{name}/*"},
        ]

    name = _bucket(s3, deny_reads)
    s3.put_object(Bucket=name, Key="secret.txt", Body=b"x")

    with pytest.raises(ClientError) as denied:
        s3.get_object(Bucket=name, Key="secret.txt")
    assert denied.value.response["ResponseMetadata"]["HTTPStatusCode"] == 403


def test_other_conditions_in_a_deny_are_still_left_to_moto(boto_client):
    # A Deny whose only condition is not aws:SecureTransport keeps moto's own evaluation, which
    # treats a condition it cannot check on an anonymous request as failing: denied. The patch
    # must not turn that into an allow.
    s3 = boto_client("s3")

    def deny_unless_vpce(name):
        return [
            {
                "Sid": "OnlyFromVpce",
                "Effect": "Deny",
                "Principal": "*",
                "Action": "s3:PutObject",
                "Resource": f"arn:aws:s3:::{name}/*",
                "Condition": {"StringNotEquals": {"aws:SourceVpce": "vpce-1a2b3c4d"}},
            }
        ]

    name = _bucket(s3, deny_unless_vpce)
    with pytest.raises(ClientError) as denied:
        s3.put_object(Bucket=name, Key="k", Body=b"x")
    assert denied.value.response["ResponseMetadata"]["HTTPStatusCode"] == 403
