#!/usr/bin/env bash
# Lab lambda-resize: the lesson's AWS CLI steps. Both lesson pages show this file section by
# section, and the test suite runs it against the embedded emulator, where the function really
# runs. Run it from the repository root:  bash labs/lambda-resize/steps.sh
set -euo pipefail

# @step variables
export AWS_DEFAULT_REGION="${AWS_REGION:-us-east-1}"
LEARNER="${NUBELAB_LEARNER:-student}"
ACCOUNT_ID="$(aws sts get-caller-identity --query Account --output text)"
BUCKET="nubelab-images-${LEARNER}-${ACCOUNT_ID}"
FUNCTION=nubelab-image-resize
ROLE=nubelab-image-resize-role
LAB=labs/lambda-resize
WORKDIR="$(mktemp -d)"
echo "Function ${FUNCTION} for bucket ${BUCKET}"

# @step package
python3 -m pip install --quiet --disable-pip-version-check \
  --platform manylinux2014_x86_64 --only-binary=:all: \
  --implementation cp --python-version 3.13 \
  --target "$WORKDIR/package" -r "$LAB/function/requirements.txt"
cp "$LAB/function/lambda_function.py" "$WORKDIR/package/"
(cd "$WORKDIR/package" && zip -qr "$WORKDIR/function.zip" .)
ls -l "$WORKDIR/function.zip"

# @step bucket
aws s3api create-bucket --bucket "$BUCKET"

# @step role
cat > "$WORKDIR/lambda-trust.json" <<'JSON'
{
  "Version": "2012-10-17",
  "Statement": [{
    "Effect": "Allow",
    "Principal": { "Service": "lambda.amazonaws.com" },
    "Action": "sts:AssumeRole"
  }]
}
JSON
cat > "$WORKDIR/resize-s3.json" <<JSON
{
  "Version": "2012-10-17",
  "Statement": [
    { "Sid": "ReadInput", "Effect": "Allow", "Action": "s3:GetObject",
      "Resource": "arn:aws:s3:::${BUCKET}/input/*" },
    { "Sid": "WriteOutput", "Effect": "Allow", "Action": "s3:PutObject",
      "Resource": "arn:aws:s3:::${BUCKET}/output/*" }
  ]
}
JSON
ROLE_ARN="$(aws iam create-role --role-name "$ROLE" \
  --assume-role-policy-document "file://$WORKDIR/lambda-trust.json" \
  --query Role.Arn --output text)"
aws iam attach-role-policy --role-name "$ROLE" \
  --policy-arn arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole
aws iam put-role-policy --role-name "$ROLE" \
  --policy-name resize-s3 --policy-document "file://$WORKDIR/resize-s3.json"

# @step function
# On AWS a new role takes a few seconds to reach Lambda: retry while it says it cannot assume it.
for attempt in 1 2 3 4 5 6; do
  if aws lambda create-function --function-name "$FUNCTION" \
      --runtime python3.13 --architectures x86_64 \
      --handler lambda_function.lambda_handler \
      --role "$ROLE_ARN" --zip-file "fileb://$WORKDIR/function.zip" \
      --timeout 30 --memory-size 512 \
      --environment 'Variables={MAX_SIZE=800}' \
      --query FunctionArn --output text; then
    break
  fi
  [ "$attempt" = 6 ] && exit 1
  sleep 5
done
aws lambda wait function-active-v2 --function-name "$FUNCTION"

# @step permission
aws lambda add-permission --function-name "$FUNCTION" \
  --statement-id s3-invoke-resize \
  --action lambda:InvokeFunction \
  --principal s3.amazonaws.com \
  --source-arn "arn:aws:s3:::${BUCKET}" \
  --source-account "$ACCOUNT_ID"

# @step trigger
FUNCTION_ARN="$(aws lambda get-function --function-name "$FUNCTION" \
  --query Configuration.FunctionArn --output text)"
cat > "$WORKDIR/notification.json" <<JSON
{
  "LambdaFunctionConfigurations": [{
    "Id": "resize-input",
    "LambdaFunctionArn": "${FUNCTION_ARN}",
    "Events": ["s3:ObjectCreated:*"],
    "Filter": { "Key": { "FilterRules": [
      { "Name": "prefix", "Value": "input/" }
    ] } }
  }]
}
JSON
aws s3api put-bucket-notification-configuration --bucket "$BUCKET" \
  --notification-configuration "file://$WORKDIR/notification.json"

# @step try-it
aws s3 cp "$LAB/samples/street.jpg" "s3://${BUCKET}/input/street.jpg"
aws s3 cp "$LAB/samples/chart.png" "s3://${BUCKET}/input/chart.png"
# The function runs in the background: wait for its copies (up to 100 s each).
aws s3api wait object-exists --bucket "$BUCKET" --key output/street.jpg
aws s3api wait object-exists --bucket "$BUCKET" --key output/chart.png
aws s3 ls "s3://${BUCKET}/output/"
aws logs filter-log-events --log-group-name "/aws/lambda/${FUNCTION}" \
  --query 'events[].message' --output text
rm -rf "$WORKDIR"
