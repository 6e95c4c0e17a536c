#!/usr/bin/env bash
# Lab kms-key: the lesson's AWS CLI steps. Both lesson pages show this file section by section,
# and the test suite runs it against the embedded emulator, so what you read is what works.
# It needs the s3-bucket lab done first (the data-lake bucket).
# Run it from the repository root:  bash labs/kms-key/steps.sh
set -euo pipefail

# @step variables
REGION="${AWS_REGION:-us-east-1}"
export AWS_DEFAULT_REGION="$REGION"
LEARNER="${NUBELAB_LEARNER:-student}"
ACCOUNT_ID="$(aws sts get-caller-identity --query Account --output text)"
BUCKET="taxis-datalake-${LEARNER}-${ACCOUNT_ID}"
ALIAS="alias/taxis-datalake"
export WORKDIR="$(mktemp -d)"
echo "Bucket: ${BUCKET}  Alias: ${ALIAS}"

# @step create-key
KEY_ID="$(aws kms list-aliases --query "Aliases[?AliasName=='${ALIAS}'].TargetKeyId | [0]" --output text)"
if [ -z "$KEY_ID" ] || [ "$KEY_ID" = "None" ]; then
  KEY_ID="$(aws kms create-key --description "Taxi data lake" \
    --key-spec SYMMETRIC_DEFAULT --key-usage ENCRYPT_DECRYPT \
    --query KeyMetadata.KeyId --output text)"
  aws kms create-alias --alias-name "$ALIAS" --target-key-id "$KEY_ID"
fi
KEY_ARN="$(aws kms describe-key --key-id "$KEY_ID" --query KeyMetadata.Arn --output text)"
echo "Key: ${KEY_ARN}"

# @step key-policy
cat > "$WORKDIR/key-policy.json" <<JSON
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "EnableIAMPolicies",
      "Effect": "Allow",
      "Principal": { "AWS": "arn:aws:iam::${ACCOUNT_ID}:root" },
      "Action": "kms:*",
      "Resource": "*"
    }
  ]
}
JSON
aws kms put-key-policy --key-id "$KEY_ID" --policy-name default --policy "file://$WORKDIR/key-policy.json"

# @step rotation
aws kms enable-key-rotation --key-id "$KEY_ID" --rotation-period-in-days 365

# @step bucket-encryption
cat > "$WORKDIR/encryption.json" <<JSON
{
  "Rules": [
    {
      "ApplyServerSideEncryptionByDefault": { "SSEAlgorithm": "aws:kms", "KMSMasterKeyID": "${KEY_ARN}" },
      "BucketKeyEnabled": true
    }
  ]
}
JSON
aws s3api put-bucket-encryption --bucket "$BUCKET" \
  --server-side-encryption-configuration "file://$WORKDIR/encryption.json"

# @step verify
aws kms describe-key --key-id "$ALIAS" --query 'KeyMetadata.[KeyId, KeyState, KeyManager]' --output text
aws kms get-key-rotation-status --key-id "$KEY_ID"
aws s3api get-bucket-encryption --bucket "$BUCKET" --query 'ServerSideEncryptionConfiguration.Rules[0]'
rm -rf "$WORKDIR"
