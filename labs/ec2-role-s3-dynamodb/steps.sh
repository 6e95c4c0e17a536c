#!/usr/bin/env bash
# Lab ec2-role-s3-dynamodb: the lesson's AWS CLI steps. Both lesson pages show this file section by
# section, and the test suite runs it against the embedded emulator, so what you read is what works.
# It needs the bucket of the s3-bucket lab. Run it from the repository root:
#   bash labs/ec2-role-s3-dynamodb/steps.sh
set -euo pipefail

# @step variables
REGION="${AWS_REGION:-us-east-1}"
export AWS_DEFAULT_REGION="$REGION"
LEARNER="${NUBELAB_LEARNER:-student}"
ACCOUNT_ID="$(aws sts get-caller-identity --query Account --output text)"
BUCKET="taxis-datalake-${LEARNER}-${ACCOUNT_ID}"
TABLE=taxi-trips
TABLE_ARN="arn:aws:dynamodb:${REGION}:${ACCOUNT_ID}:table/${TABLE}"
ROLE=taxi-ec2-app-role
WORKDIR="$(mktemp -d)"
echo "Role ${ROLE}: bucket ${BUCKET}, table ${TABLE_ARN}"

# @step trust-policy
cat > "$WORKDIR/trust-policy.json" <<'JSON'
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
  --assume-role-policy-document "file://$WORKDIR/trust-policy.json" \
  --description "Taxi app on EC2: taxi bucket and taxi-trips table"

# @step s3-policy
cat > "$WORKDIR/s3-policy.json" <<JSON
{
  "Version": "2012-10-17",
  "Statement": [
    { "Sid": "ListTaxiBucket", "Effect": "Allow",
      "Action": "s3:ListBucket",
      "Resource": "arn:aws:s3:::${BUCKET}" },
    { "Sid": "ReadWriteTaxiObjects", "Effect": "Allow",
      "Action": ["s3:GetObject", "s3:PutObject"],
      "Resource": "arn:aws:s3:::${BUCKET}/*" }
  ]
}
JSON
S3_POLICY_ARN="$(aws iam create-policy --policy-name taxi-ec2-app-s3 \
  --policy-document "file://$WORKDIR/s3-policy.json" \
  --query Policy.Arn --output text)"
aws iam attach-role-policy --role-name "$ROLE" --policy-arn "$S3_POLICY_ARN"

# @step dynamodb-policy
cat > "$WORKDIR/dynamodb-policy.json" <<JSON
{
  "Version": "2012-10-17",
  "Statement": [
    { "Sid": "TaxiTripsItems", "Effect": "Allow",
      "Action": ["dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:Query"],
      "Resource": "${TABLE_ARN}" },
    { "Sid": "TaxiTripsIndexes", "Effect": "Allow",
      "Action": "dynamodb:Query",
      "Resource": "${TABLE_ARN}/index/*" }
  ]
}
JSON
DYNAMODB_POLICY_ARN="$(aws iam create-policy --policy-name taxi-ec2-app-dynamodb \
  --policy-document "file://$WORKDIR/dynamodb-policy.json" \
  --query Policy.Arn --output text)"
aws iam attach-role-policy --role-name "$ROLE" --policy-arn "$DYNAMODB_POLICY_ARN"

# @step instance-profile
aws iam create-instance-profile --instance-profile-name "$ROLE"
aws iam add-role-to-instance-profile --instance-profile-name "$ROLE" --role-name "$ROLE"

# @step verify
aws iam get-role --role-name "$ROLE" --query 'Role.AssumeRolePolicyDocument.Statement[].Principal'
aws iam list-attached-role-policies --role-name "$ROLE" --query 'AttachedPolicies[].PolicyName'
aws iam list-instance-profiles-for-role --role-name "$ROLE" --query 'InstanceProfiles[].InstanceProfileName'
rm -rf "$WORKDIR"
