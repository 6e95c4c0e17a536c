#!/usr/bin/env bash
# Lab iam-users: the lesson's AWS CLI steps. Both lesson pages show this file section by section,
# and the test suite runs it against the embedded emulator, so what you read is what works.
# Run it from the repository root with administrator credentials:  bash labs/iam-users/steps.sh
set -euo pipefail

# @step variables
export AWS_DEFAULT_REGION="${AWS_REGION:-us-east-1}"
USER_NAME=ana
GROUP=ec2-operators
WORKDIR="$(mktemp -d)"
echo "User ${USER_NAME} in group ${GROUP}"

# @step group
aws iam create-group --group-name "$GROUP"
cat > "$WORKDIR/ec2-operator.json" <<'JSON'
{
  "Version": "2012-10-17",
  "Statement": [
    { "Sid": "SeeEverything", "Effect": "Allow",
      "Action": "ec2:Describe*", "Resource": "*" },
    { "Sid": "OperateTaxiInstances", "Effect": "Allow",
      "Action": ["ec2:StartInstances", "ec2:StopInstances", "ec2:RebootInstances"],
      "Resource": "arn:aws:ec2:*:*:instance/*",
      "Condition": { "StringEquals": { "aws:ResourceTag/Project": "taxi" } } }
  ]
}
JSON
aws iam put-group-policy --group-name "$GROUP" --policy-name ec2-operator \
  --policy-document "file://$WORKDIR/ec2-operator.json"

# @step password-policy
aws iam update-account-password-policy --minimum-password-length 14 \
  --require-uppercase-characters --require-lowercase-characters \
  --require-numbers --require-symbols --password-reuse-prevention 5 \
  --allow-users-to-change-password

# @step user
PASSWORD="$(openssl rand -base64 18)Aa1!"
aws iam create-user --user-name "$USER_NAME"
aws iam add-user-to-group --user-name "$USER_NAME" --group-name "$GROUP"
aws iam create-login-profile --user-name "$USER_NAME" \
  --password "$PASSWORD" --password-reset-required
aws iam attach-user-policy --user-name "$USER_NAME" \
  --policy-arn arn:aws:iam::aws:policy/IAMUserChangePassword
echo "Sign-in URL: https://$(aws sts get-caller-identity --query Account --output text).signin.aws.amazon.com/console"
echo "Temporary password: $PASSWORD"

# @step mfa
MFA_ARN="$(aws iam create-virtual-mfa-device --virtual-mfa-device-name "$USER_NAME" \
  --outfile "$WORKDIR/mfa-seed.txt" --bootstrap-method Base32StringSeed \
  --query VirtualMFADevice.SerialNumber --output text)"
# An authenticator app would show these: two consecutive codes computed from the seed (RFC 6238).
read -r CODE1 CODE2 < <(python3 - "$WORKDIR/mfa-seed.txt" <<'PY'
import base64, hmac, struct, sys, time
seed = base64.b32decode(open(sys.argv[1]).read().strip())
def code(step):
    mac = hmac.new(seed, struct.pack(">Q", step), "sha1").digest()
    offset = mac[-1] & 0x0F
    return "%06d" % ((struct.unpack(">I", mac[offset:offset + 4])[0] & 0x7FFFFFFF) % 1000000)
now = int(time.time()) // 30
print(code(now - 1), code(now))
PY
)
aws iam enable-mfa-device --user-name "$USER_NAME" --serial-number "$MFA_ARN" \
  --authentication-code1 "$CODE1" --authentication-code2 "$CODE2"

# @step access-key
# The response carries the secret, only this once; --query keeps it off the screen here.
aws iam create-access-key --user-name "$USER_NAME" --query AccessKey.AccessKeyId --output text

# @step rotate-key
OLD_KEY_ID="$(aws iam list-access-keys --user-name "$USER_NAME" \
  --query 'AccessKeyMetadata[0].AccessKeyId' --output text)"
aws iam create-access-key --user-name "$USER_NAME" --query AccessKey.AccessKeyId --output text
# ...configure the new key wherever the old one was used, and check it works, then:
aws iam update-access-key --user-name "$USER_NAME" --access-key-id "$OLD_KEY_ID" --status Inactive
aws iam delete-access-key --user-name "$USER_NAME" --access-key-id "$OLD_KEY_ID"

# @step verify
aws iam list-groups-for-user --user-name "$USER_NAME" --query 'Groups[].GroupName'
aws iam list-attached-user-policies --user-name "$USER_NAME" --query 'AttachedPolicies[].PolicyName'
aws iam get-login-profile --user-name "$USER_NAME" --query 'LoginProfile.PasswordResetRequired'
aws iam list-mfa-devices --user-name "$USER_NAME" --query 'MFADevices[].SerialNumber'
aws iam list-access-keys --user-name "$USER_NAME" --query 'AccessKeyMetadata[].[AccessKeyId,Status]' --output text
aws iam get-account-password-policy --query 'PasswordPolicy.MinimumPasswordLength'
rm -rf "$WORKDIR"
