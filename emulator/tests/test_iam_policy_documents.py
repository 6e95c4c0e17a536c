"""nubelab_emulator.iam_policy_documents: every IAM policy document leaves the real server
URL-encoded exactly once, in the form AWS sends (`quote(document, safe="")`).

Responses are read over the Query API with urllib, so nothing decodes them on the way (botocore
would: its `json_decode_policies` handler unquotes and parses every document). The documents
hold characters that must be encoded (`%`, `+`, spaces, `&`, `/`, `*`, `ñ`, new lines), and a
`%41` that a second decode would turn into `A`: a document left raw, encoded twice, or encoded
without `/` fails the exact comparison.
"""
import json
import uuid
import xml.etree.ElementTree as ET
from urllib.parse import quote, unquote

import pytest

NS = {"i": "https://iam.amazonaws.com/doc/2010-05-08/"}
SUFFIX = uuid.uuid4().hex[:8]
ROLE, USER, GROUP, POLICY, PROFILE = (f"{kind}-{SUFFIX}" for kind in ("role", "user", "group", "policy", "profile"))
TRICKY = "100% off+tax & año/%41*"

TRUST = json.dumps(
    {
        "Version": "2012-10-17",
        "Statement": [
            {
                "Effect": "Allow",
                "Principal": {"Service": "ec2.amazonaws.com"},
                "Action": "sts:AssumeRole",
                "Condition": {"StringLike": {"aws:PrincipalTag/team": TRICKY}},
            }
        ],
    },
    indent=2,  # AWS keeps a document's layout; so must the emulator
    ensure_ascii=False,  # `ñ` stays a letter (not `\u00f1`), so the encoding must handle it
)


def _permissions(sid):
    return json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [{"Sid": sid, "Effect": "Allow", "Action": "s3:GetObject", "Resource": f"arn:aws:s3:::nubelab-docs/{TRICKY}"}],
        },
        ensure_ascii=False,
    )


INLINE = _permissions("Inline")
MANAGED_V1 = _permissions("ManagedOne")
MANAGED_V2 = _permissions("ManagedTwo")


def assert_encoded_once(body, value, original):
    assert value is not None, "no document in the response"
    assert value == quote(original, safe=""), f"not URL-encoded exactly once, the AWS way: {value[:120]!r}"
    assert f">{value}<" in body, "the encoded document is not in the raw body as it is"
    assert json.loads(unquote(value)) == json.loads(original)


def assert_canonically_encoded(value):
    """For documents moto writes itself (service-linked roles, AWS managed policies)."""
    assert value, "no document in the response"
    assert "{" not in value and '"' not in value, f"raw JSON: {value[:120]!r}"
    assert quote(unquote(value), safe="") == value, f"not in AWS's encoding: {value[:120]!r}"
    assert isinstance(json.loads(unquote(value)), dict), "one URL-decode must give the JSON document"


def xml(body):
    return ET.fromstring(body)


def text(root, path):
    el = root.find(path, NS)
    return None if el is None else el.text


@pytest.fixture(scope="module")
def world(iam_query):
    """Every kind of IAM document, created once; keeps the responses of the creating calls."""
    q = iam_query
    created = {"CreateRole": q.call("CreateRole", RoleName=ROLE, AssumeRolePolicyDocument=TRUST)}
    q.call("PutRolePolicy", RoleName=ROLE, PolicyName="inline", PolicyDocument=INLINE)
    q.call("CreateUser", UserName=USER)
    q.call("PutUserPolicy", UserName=USER, PolicyName="inline", PolicyDocument=INLINE)
    q.call("CreateGroup", GroupName=GROUP)
    q.call("PutGroupPolicy", GroupName=GROUP, PolicyName="inline", PolicyDocument=INLINE)
    arn = text(xml(q.call("CreatePolicy", PolicyName=POLICY, PolicyDocument=MANAGED_V1)), ".//i:Policy/i:Arn")
    created["CreatePolicyVersion"] = q.call("CreatePolicyVersion", PolicyArn=arn, PolicyDocument=MANAGED_V2)
    q.call("CreateInstanceProfile", InstanceProfileName=PROFILE)
    q.call("AddRoleToInstanceProfile", InstanceProfileName=PROFILE, RoleName=ROLE)
    return {"policy_arn": arn, "created": created}


def test_create_role(world):
    body = world["created"]["CreateRole"]
    assert_encoded_once(body, text(xml(body), ".//i:Role/i:AssumeRolePolicyDocument"), TRUST)


def test_get_role(iam_query, world):
    body = iam_query.call("GetRole", RoleName=ROLE)
    assert_encoded_once(body, text(xml(body), ".//i:Role/i:AssumeRolePolicyDocument"), TRUST)


def test_list_roles(iam_query, world):
    # moto 5.2.5 alone returns this one raw.
    body = iam_query.call("ListRoles")
    assert_encoded_once(body, text(xml(body), f".//i:Roles/i:member[i:RoleName='{ROLE}']/i:AssumeRolePolicyDocument"), TRUST)


def test_update_role_description(iam_query, world):
    body = iam_query.call("UpdateRoleDescription", RoleName=ROLE, Description="trust & co")
    assert_encoded_once(body, text(xml(body), ".//i:Role/i:AssumeRolePolicyDocument"), TRUST)


@pytest.mark.parametrize(
    "action, params",
    [
        ("GetRolePolicy", {"RoleName": ROLE}),
        ("GetUserPolicy", {"UserName": USER}),
        ("GetGroupPolicy", {"GroupName": GROUP}),
    ],
)
def test_get_inline_policy(iam_query, world, action, params):
    body = iam_query.call(action, PolicyName="inline", **params)
    assert_encoded_once(body, text(xml(body), ".//i:PolicyDocument"), INLINE)


def test_create_policy_version(world):
    body = world["created"]["CreatePolicyVersion"]
    assert_encoded_once(body, text(xml(body), ".//i:PolicyVersion/i:Document"), MANAGED_V2)


@pytest.mark.parametrize("version, document", [("v1", MANAGED_V1), ("v2", MANAGED_V2)])
def test_get_policy_version(iam_query, world, version, document):
    # moto 5.2.5 alone returns this one raw.
    body = iam_query.call("GetPolicyVersion", PolicyArn=world["policy_arn"], VersionId=version)
    assert_encoded_once(body, text(xml(body), ".//i:PolicyVersion/i:Document"), document)


def test_list_policy_versions(iam_query, world):
    body = iam_query.call("ListPolicyVersions", PolicyArn=world["policy_arn"])
    root = xml(body)
    for version, document in (("v1", MANAGED_V1), ("v2", MANAGED_V2)):
        assert_encoded_once(body, text(root, f".//i:Versions/i:member[i:VersionId='{version}']/i:Document"), document)


def test_get_aws_managed_policy_version(iam_query):
    # Loaded by MOTO_IAM_LOAD_MANAGED_POLICIES, as the labs' emulator does.
    arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
    version = text(xml(iam_query.call("GetPolicy", PolicyArn=arn)), ".//i:Policy/i:DefaultVersionId")
    body = iam_query.call("GetPolicyVersion", PolicyArn=arn, VersionId=version)
    assert_canonically_encoded(text(xml(body), ".//i:PolicyVersion/i:Document"))


@pytest.mark.parametrize(
    "action, params, path",
    [
        ("GetInstanceProfile", {"InstanceProfileName": PROFILE}, ".//i:InstanceProfile"),
        ("ListInstanceProfiles", {}, f".//i:InstanceProfiles/i:member[i:InstanceProfileName='{PROFILE}']"),
        ("ListInstanceProfilesForRole", {"RoleName": ROLE}, f".//i:InstanceProfiles/i:member[i:InstanceProfileName='{PROFILE}']"),
    ],
)
def test_instance_profile_roles(iam_query, world, action, params, path):
    body = iam_query.call(action, **params)
    assert_encoded_once(body, text(xml(body), f"{path}/i:Roles/i:member[i:RoleName='{ROLE}']/i:AssumeRolePolicyDocument"), TRUST)


def test_create_service_linked_role(iam_query):
    body = iam_query.call("CreateServiceLinkedRole", AWSServiceName="autoscaling.amazonaws.com", CustomSuffix=SUFFIX)
    assert_canonically_encoded(text(xml(body), ".//i:Role/i:AssumeRolePolicyDocument"))


def test_get_account_authorization_details(iam_query, world):
    # The AWS managed policies are left out: a thousand of them would make the response huge,
    # and GetPolicyVersion covers their documents.
    filters = {f"Filter.member.{n}": kind for n, kind in enumerate(("Role", "User", "Group", "LocalManagedPolicy"), 1)}
    body = iam_query.call("GetAccountAuthorizationDetails", **filters)
    root = xml(body)
    role = f".//i:RoleDetailList/i:member[i:RoleName='{ROLE}']"
    # moto leaves PolicyName (and PolicyId) out of ManagedPolicyDetail; the ARN identifies it.
    policy = f".//i:Policies/i:member[i:Arn='{world['policy_arn']}']"
    expected = {
        f"{role}/i:AssumeRolePolicyDocument": TRUST,
        f"{role}/i:RolePolicyList/i:member[i:PolicyName='inline']/i:PolicyDocument": INLINE,
        f"{role}/i:InstanceProfileList/i:member/i:Roles/i:member[i:RoleName='{ROLE}']/i:AssumeRolePolicyDocument": TRUST,
        f".//i:UserDetailList/i:member[i:UserName='{USER}']/i:UserPolicyList/i:member/i:PolicyDocument": INLINE,
        f".//i:GroupDetailList/i:member[i:GroupName='{GROUP}']/i:GroupPolicyList/i:member/i:PolicyDocument": INLINE,
        f"{policy}/i:PolicyVersionList/i:member[i:VersionId='v1']/i:Document": MANAGED_V1,
        f"{policy}/i:PolicyVersionList/i:member[i:VersionId='v2']/i:Document": MANAGED_V2,
    }
    for path, document in expected.items():
        assert_encoded_once(body, text(root, path), document)


def test_every_document_in_the_api_model_is_encoded():
    """Each place the IAM API model returns a policy document gets one of the patch's encoders.

    Walks the installed botocore model (the one moto serializes with) rather than trusting the
    list above, so an operation or member that botocore or moto adds later fails here first.
    """
    import botocore.session
    from moto.iam.responses import IamResponse

    from nubelab_emulator import iam_policy_documents as patch

    patch.apply()
    model = botocore.session.get_session().get_service_model("iam")
    paths = []

    def walk(shape, path, seen):
        if shape.name == "policyDocumentType":
            paths.append(path)
        elif shape.type_name == "structure" and shape.name not in seen:
            for key, member in shape.members.items():
                walk(member, f"{path}.{key}", seen | {shape.name})
        elif shape.type_name == "list":
            walk(shape.member, f"{path}.{shape.member.name}", seen)

    for name in model.operation_names:
        output = model.operation_model(name).output_shape
        if output is not None:
            walk(output, output.name, frozenset())

    assert len(paths) >= 20, paths  # the walk did find the documents
    table = IamResponse.RESPONSE_KEY_PATH_TO_TRANSFORMER
    for path in paths:
        # moto's own rule: the first entry whose key ends the path transforms the value.
        chosen = next((transform for suffix, transform in table.items() if path.endswith(suffix)), None)
        assert chosen in (patch.encode, patch.reencode), f"{path} is not encoded"
