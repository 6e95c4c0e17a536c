#!/usr/bin/env bash
# Lab ml-endpoint: the lesson's AWS CLI steps. The lesson page shows this file section by section,
# and the test suite runs it against the embedded emulator, where training and the endpoint really
# run. Needs the glue-catalog lab's processed/ data. Run it from the repository root:
#   bash labs/ml-endpoint/steps.sh
set -euo pipefail

# @step variables
export AWS_DEFAULT_REGION="${AWS_REGION:-us-east-1}"
LEARNER="${NUBELAB_LEARNER:-student}"
ACCOUNT_ID="$(aws sts get-caller-identity --query Account --output text)"
BUCKET="taxis-datalake-${LEARNER}-${ACCOUNT_ID}"
ROLE=TaxisSageMakerRole
# SageMaker's scikit-learn image in us-east-1 (other regions use another account's registry).
IMAGE=683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-scikit-learn:1.4-2-cpu-py3
WORKDIR="$(mktemp -d)"
aws s3 ls "s3://${BUCKET}/processed/trips/"

# @step role
cat > "$WORKDIR/sagemaker-trust.json" <<'JSON'
{
  "Version": "2012-10-17",
  "Statement": [{
    "Effect": "Allow",
    "Principal": { "Service": "sagemaker.amazonaws.com" },
    "Action": "sts:AssumeRole"
  }]
}
JSON
cat > "$WORKDIR/sagemaker-access.json" <<JSON
{
  "Version": "2012-10-17",
  "Statement": [
    { "Sid": "ListDataAndModels", "Effect": "Allow", "Action": "s3:ListBucket",
      "Resource": "arn:aws:s3:::${BUCKET}",
      "Condition": { "StringLike": { "s3:prefix": ["processed/*", "models/*"] } } },
    { "Sid": "ReadProcessed", "Effect": "Allow", "Action": "s3:GetObject",
      "Resource": "arn:aws:s3:::${BUCKET}/processed/*" },
    { "Sid": "ReadWriteModels", "Effect": "Allow", "Action": ["s3:GetObject", "s3:PutObject"],
      "Resource": "arn:aws:s3:::${BUCKET}/models/*" },
    { "Sid": "Logs", "Effect": "Allow",
      "Action": ["logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents", "logs:DescribeLogStreams"],
      "Resource": "arn:aws:logs:*:${ACCOUNT_ID}:log-group:/aws/sagemaker/*" },
    { "Sid": "Metrics", "Effect": "Allow", "Action": "cloudwatch:PutMetricData", "Resource": "*",
      "Condition": { "StringLike": { "cloudwatch:namespace": ["/aws/sagemaker/*", "AWS/SageMaker"] } } },
    { "Sid": "PullImage", "Effect": "Allow",
      "Action": ["ecr:GetAuthorizationToken", "ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer", "ecr:BatchCheckLayerAvailability"],
      "Resource": "*" }
  ]
}
JSON
ROLE_ARN="$(aws iam create-role --role-name "$ROLE" \
  --assume-role-policy-document "file://$WORKDIR/sagemaker-trust.json" \
  --description "SageMaker training and hosting of the taxi fare model" \
  --query Role.Arn --output text)"
aws iam put-role-policy --role-name "$ROLE" --policy-name TaxisSageMakerAccess \
  --policy-document "file://$WORKDIR/sagemaker-access.json"

# @step code
tar -czf "$WORKDIR/sourcedir.tar.gz" -C labs/ml-endpoint/code train.py
aws s3 cp "$WORKDIR/sourcedir.tar.gz" "s3://${BUCKET}/models/code/sourcedir.tar.gz"

# @step train
JOB="taxis-fare-$(date -u +%Y%m%d-%H%M%S)"
cat > "$WORKDIR/training-job.json" <<JSON
{
  "TrainingJobName": "${JOB}",
  "RoleArn": "${ROLE_ARN}",
  "AlgorithmSpecification": { "TrainingImage": "${IMAGE}", "TrainingInputMode": "File" },
  "HyperParameters": {
    "sagemaker_program": "\"train.py\"",
    "sagemaker_submit_directory": "\"s3://${BUCKET}/models/code/sourcedir.tar.gz\"",
    "n-estimators": "100",
    "max-depth": "3"
  },
  "InputDataConfig": [{
    "ChannelName": "train",
    "DataSource": { "S3DataSource": { "S3DataType": "S3Prefix", "S3Uri": "s3://${BUCKET}/processed/trips/" } }
  }],
  "OutputDataConfig": { "S3OutputPath": "s3://${BUCKET}/models/" },
  "ResourceConfig": { "InstanceType": "ml.m5.large", "InstanceCount": 1, "VolumeSizeInGB": 5 },
  "StoppingCondition": { "MaxRuntimeInSeconds": 1800 }
}
JSON
# On AWS a new role takes a few seconds to reach SageMaker: retry while it is not accepted yet.
for attempt in 1 2 3 4 5 6; do
  if aws sagemaker create-training-job --cli-input-json "file://$WORKDIR/training-job.json"; then break; fi
  [ "$attempt" = 6 ] && exit 1
  sleep 10
done
while [ "$(aws sagemaker describe-training-job --training-job-name "$JOB" --query TrainingJobStatus --output text)" = InProgress ]; do
  sleep 2
done
aws sagemaker describe-training-job --training-job-name "$JOB" \
  --query '{status: TrainingJobStatus, reason: FailureReason, model: ModelArtifacts.S3ModelArtifacts}'
ARTIFACT="$(aws sagemaker describe-training-job --training-job-name "$JOB" --query ModelArtifacts.S3ModelArtifacts --output text)"

# @step model
aws sagemaker create-model --model-name taxis-fare-model --execution-role-arn "$ROLE_ARN" \
  --primary-container "{\"Image\": \"${IMAGE}\", \"ModelDataUrl\": \"${ARTIFACT}\",
    \"Environment\": {\"SAGEMAKER_PROGRAM\": \"train.py\",
      \"SAGEMAKER_SUBMIT_DIRECTORY\": \"s3://${BUCKET}/models/code/sourcedir.tar.gz\"}}"

# @step endpoint
aws sagemaker create-endpoint-config --endpoint-config-name taxis-fare-config \
  --production-variants VariantName=AllTraffic,ModelName=taxis-fare-model,InstanceType=ml.m5.large,InitialInstanceCount=1
aws sagemaker create-endpoint --endpoint-name taxis-fare-endpoint --endpoint-config-name taxis-fare-config
while [ "$(aws sagemaker describe-endpoint --endpoint-name taxis-fare-endpoint --query EndpointStatus --output text)" = Creating ]; do
  sleep 2
done
aws sagemaker describe-endpoint --endpoint-name taxis-fare-endpoint --query '{status: EndpointStatus, reason: FailureReason}'

# @step predict
printf '3.2,14,18,1\n' > "$WORKDIR/trip.csv"
aws sagemaker-runtime invoke-endpoint --endpoint-name taxis-fare-endpoint \
  --content-type text/csv --accept application/json \
  --body "fileb://$WORKDIR/trip.csv" "$WORKDIR/prediction.json"
cat "$WORKDIR/prediction.json"; echo
