#!/usr/bin/env bash
# Lab iam-role: the lesson's AWS CLI steps. Both lesson pages show this file section by section,
# and the test suite runs it against the embedded emulator, so what you read is what works.
# It needs the bucket of the s3-bucket lab. Run it from the repository root:  bash labs/iam-role/steps.sh
set -euo pipefail

# @step variables
export AWS_DEFAULT_REGION="${AWS_REGION:-us-east-1}"
LEARNER="${NUBELAB_LEARNER:-student}"
ACCOUNT_ID="$(aws sts get-caller-identity --query Account --output text)"
BUCKET="taxis-datalake-${LEARNER}-${ACCOUNT_ID}"
ROLE=de-s3access
WORKDIR="$(mktemp -d)"
echo "Role ${ROLE} for bucket ${BUCKET}"

# @step trust-policy
cat > "$WORKDIR/ec2-trust.json" <<'JSON'
{
  "Version": "2012-10-17",
  "Statement": [{
    "Effect": "Allow",
    "Principal": { "Service": "ec2.amazonaws.com" },
    "Action": "sts:AssumeRole"
  }]
}
JSON
aws iam create-role --role-name "$ROLE" \
  --assume-role-policy-document "file://$WORKDIR/ec2-trust.json" \
  --description "data-engineer instance: reads raw/, writes processed/"

# @step permissions
cat > "$WORKDIR/taxi-bucket-access.json" <<JSON
{
  "Version": "2012-10-17",
  "Statement": [
    { "Sid": "ListTheTaxiBucket", "Effect": "Allow",
      "Action": ["s3:ListBucket", "s3:GetBucketLocation"],
      "Resource": "arn:aws:s3:::${BUCKET}" },
    { "Sid": "ReadAllObjects", "Effect": "Allow",
      "Action": "s3:GetObject",
      "Resource": "arn:aws:s3:::${BUCKET}/*" },
    { "Sid": "WriteProcessedData", "Effect": "Allow",
      "Action": "s3:PutObject",
      "Resource": "arn:aws:s3:::${BUCKET}/processed/*" }
  ]
}
JSON
aws iam put-role-policy --role-name "$ROLE" \
  --policy-name taxi-bucket-access \
  --policy-document "file://$WORKDIR/taxi-bucket-access.json"

# @step instance-profile
aws iam create-instance-profile --instance-profile-name "$ROLE"
aws iam add-role-to-instance-profile --instance-profile-name "$ROLE" --role-name "$ROLE"

# @step verify
aws iam get-role --role-name "$ROLE" --query 'Role.AssumeRolePolicyDocument.Statement[].Principal'
aws iam list-role-policies --role-name "$ROLE"
aws iam list-instance-profiles-for-role --role-name "$ROLE" --query 'InstanceProfiles[].InstanceProfileName'
rm -rf "$WORKDIR"
