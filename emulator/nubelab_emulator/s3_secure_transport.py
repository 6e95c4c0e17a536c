"""S3 bucket policies: statements that test `aws:SecureTransport` hold as they would over HTTPS.

moto enforces a bucket policy's Deny on object requests, but it does not evaluate `Bool`
conditions, and a statement whose condition fails is reported as a Deny. The standard
"deny requests without TLS" statement (`Bool: {aws:SecureTransport: "false"}`) would then block
every object request, which AWS never does to HTTPS clients.

The emulator listens only on loopback, where TLS adds nothing, so a statement that tests
`aws:SecureTransport` is evaluated as AWS evaluates it for an HTTPS request: its condition does
not hold, and the statement does not apply. Statements without that key are left to moto.
"""
from moto.iam import access_control

_applied = False


def _tests_secure_transport(statement):
    conditions = statement.get("Condition") or {}
    return any(
        operator.lower() in ("bool", "boolifexists")
        and any(key.lower() == "aws:securetransport" for key in entries)
        for operator, entries in conditions.items()
    )


def _holds_over_tls(statement):
    """True when every aws:SecureTransport test in the statement accepts "true"."""
    for operator, entries in (statement.get("Condition") or {}).items():
        for key, expected in entries.items():
            if key.lower() != "aws:securetransport":
                continue
            values = expected if isinstance(expected, list) else [expected]
            if "true" not in [str(v).lower() for v in values]:
                return False
    return True


def apply():
    global _applied
    if _applied:  # wrapping twice would still work, but would hide moto's method behind two layers
        return
    original = access_control.IAMPolicyStatement.is_action_permitted

    def is_action_permitted(self, action, resource="*", principal=None, incoming_condition_values=None):
        if _tests_secure_transport(self._statement) and not _holds_over_tls(self._statement):
            return access_control.PermissionResult.NEUTRAL
        return original(self, action, resource, principal, incoming_condition_values)

    access_control.IAMPolicyStatement.is_action_permitted = is_action_permitted
    _applied = True
