"""IAM responses: every policy document is URL-encoded exactly once, as AWS sends it.

AWS IAM returns every policy document percent-encoded (RFC 3986: `{` is `%7B`, a space `%20`,
`/` `%2F`, `*` `%2A`, non-ASCII letters as their UTF-8 bytes), which is what
`urllib.parse.quote(document, safe="")` produces. The SDKs undo it with a plain URL-decode
(botocore: `unquote`, then `json.loads`); the JavaScript SDK does not decode at all, so a client
reads `JSON.parse(decodeURIComponent(document))`.

moto 5.2.5 is inconsistent (checked over HTTP against the unpatched server):
  - URL-encoded, but with `/` left as is (moto uses `quote(document)`, whose default keeps `/`):
    CreateRole, GetRole, GetRolePolicy, GetUserPolicy, GetGroupPolicy, and in
    GetAccountAuthorizationDetails the inline policies (PolicyDetail.PolicyDocument) and the
    managed policy versions (PolicyVersionList.PolicyVersion.Document);
  - raw JSON: ListRoles, UpdateRoleDescription, CreateServiceLinkedRole, GetInstanceProfile,
    ListInstanceProfiles, ListInstanceProfilesForRole (the roles' AssumeRolePolicyDocument),
    GetPolicyVersion, ListPolicyVersions, CreatePolicyVersion (Document, customer and AWS managed
    alike), and GetAccountAuthorizationDetails' RoleDetail.AssumeRolePolicyDocument (also of the
    roles nested in its instance profiles).
A client that decodes then reads the raw ones wrongly as soon as a document holds a `%`.

Where to fix it: moto 5.2.5 has no IAM XML templates any more. Every IAM response is an
`ActionResult` that moto's serializer writes from the botocore model, and for each value it
looks up `IamResponse.RESPONSE_KEY_PATH_TO_TRANSFORMER`: the first entry whose key is a suffix of
the value's key path (`GetRoleResponse.Role.AssumeRolePolicyDocument`, with list items named by
their member shape: `ListRolesResponse.Roles.Role.AssumeRolePolicyDocument`) transforms it.
moto lists only the five paths above there. A few suffix entries, one per member name the
model types as `policyDocumentType`, cover every operation at once, the ones moto may add later
included, without overriding any response method. They go first, so they win over moto's own
encoding entries, which are dropped as superseded.

The table only sees values, so the documents moto's models already encoded for
GetAccountAuthorizationDetails (`Role.role_policy_list`, `User.user_policy_list`,
`Group.group_policy_list`, `ManagedPolicy.policy_version_list` call `quote`) must not be
encoded again: their more specific entries decode moto's encoding and encode the AWS way
(`unquote` exactly undoes `quote`), so they too leave encoded exactly once.
"""
from urllib.parse import quote, unquote

from moto.iam.responses import IamResponse

_applied = False


def encode(document):
    """A raw JSON policy document, encoded as AWS encodes it."""
    return quote(document, safe="") if isinstance(document, str) else document


def reencode(document):
    """A document moto already encoded with `quote(document)` (keeping `/`), encoded the AWS way."""
    return quote(unquote(document), safe="") if isinstance(document, str) else document


# The member names whose botocore shape is `policyDocumentType` in any IAM output
# (tests/test_iam_policy_documents.py checks this against the installed botocore model).
DOCUMENT_MEMBERS = ("AssumeRolePolicyDocument", "AssumeRolePolicyDocumentTemplate", "PolicyDocument", "Document")

# Order matters: moto applies the first entry whose key ends the value's key path, so the paths
# moto's models pre-encode come before the general entries. The leading dots keep
# `.PolicyDocument` from matching `...AssumeRolePolicyDocument`.
DOCUMENT_TRANSFORMERS = {
    ".PolicyDetail.PolicyDocument": reencode,
    ".ManagedPolicyDetail.PolicyVersionList.PolicyVersion.Document": reencode,
    **{f".{member}": encode for member in DOCUMENT_MEMBERS},
}


def apply():
    global _applied
    if _applied:
        return
    others = {
        path: transform
        for path, transform in IamResponse.RESPONSE_KEY_PATH_TO_TRANSFORMER.items()
        if path.rsplit(".", 1)[-1] not in DOCUMENT_MEMBERS
    }
    # A new dict rather than an update in place: moto's table keeps its order, and ours must
    # come first.
    IamResponse.RESPONSE_KEY_PATH_TO_TRANSFORMER = {**DOCUMENT_TRANSFORMERS, **others}
    _applied = True
