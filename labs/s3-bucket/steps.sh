#!/usr/bin/env bash
# Lab s3-bucket: the lesson's AWS CLI steps. Both lesson pages show this file section by section,
# and the test suite runs it against the embedded emulator, so what you read is what works.
# Run it from the repository root:  bash labs/s3-bucket/steps.sh
set -euo pipefail

# @step variables
REGION="${AWS_REGION:-us-east-1}"
export AWS_DEFAULT_REGION="$REGION"
LEARNER="${NUBELAB_LEARNER:-student}"
ACCOUNT_ID="$(aws sts get-caller-identity --query Account --output text)"
BUCKET="taxis-datalake-${LEARNER}-${ACCOUNT_ID}"
echo "Bucket: ${BUCKET} (${REGION})"

# @step create-bucket
if [ "$REGION" = "us-east-1" ]; then
  aws s3api create-bucket --bucket "$BUCKET" --region "$REGION"
else
  aws s3api create-bucket --bucket "$BUCKET" --region "$REGION" \
    --create-bucket-configuration "LocationConstraint=${REGION}"
fi

# @step block-public-access
aws s3api put-public-access-block --bucket "$BUCKET" \
  --public-access-block-configuration \
  BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true

# @step ownership
aws s3api put-bucket-ownership-controls --bucket "$BUCKET" \
  --ownership-controls 'Rules=[{ObjectOwnership=BucketOwnerEnforced}]'

# @step versioning
aws s3api put-bucket-versioning --bucket "$BUCKET" \
  --versioning-configuration Status=Enabled

# @step encryption
aws s3api put-bucket-encryption --bucket "$BUCKET" \
  --server-side-encryption-configuration \
  '{"Rules":[{"ApplyServerSideEncryptionByDefault":{"SSEAlgorithm":"AES256"}}]}'

# @step tls-policy
POLICY=$(cat <<JSON
{
  "Version": "2012-10-17",
  "Statement": [{
    "Sid": "DenyInsecureTransport",
    "Effect": "Deny",
    "Principal": "*",
    "Action": "s3:*",
    "Resource": ["arn:aws:s3:::${BUCKET}", "arn:aws:s3:::${BUCKET}/*"],
    "Condition": { "Bool": { "aws:SecureTransport": "false" } }
  }]
}
JSON
)
aws s3api put-bucket-policy --bucket "$BUCKET" --policy "$POLICY"

# @step lifecycle
LIFECYCLE=$(cat <<'JSON'
{
  "Rules": [{
    "ID": "archive-raw-and-expire-old-versions",
    "Status": "Enabled",
    "Filter": { "Prefix": "raw/" },
    "Transitions": [{ "Days": 30, "StorageClass": "STANDARD_IA" }],
    "NoncurrentVersionExpiration": { "NoncurrentDays": 90 }
  }]
}
JSON
)
aws s3api put-bucket-lifecycle-configuration --bucket "$BUCKET" \
  --lifecycle-configuration "$LIFECYCLE"

# @step upload-sample
aws s3 cp data/taxi-sample.csv "s3://${BUCKET}/raw/taxi-sample.csv"

# @step verify
aws s3api get-bucket-versioning --bucket "$BUCKET"
aws s3 ls "s3://${BUCKET}/raw/"
