#!/usr/bin/env bash
# Lab glue-catalog: the lesson's AWS CLI steps. Both lesson pages show this file section by
# section, and the test suite runs it against the embedded emulator, where the crawler and the
# job really run. Needs the s3-bucket lab's bucket. Run it from the repository root:
#   bash labs/glue-catalog/steps.sh
set -euo pipefail

# @step variables
export AWS_DEFAULT_REGION="${AWS_REGION:-us-east-1}"
LEARNER="${NUBELAB_LEARNER:-student}"
ACCOUNT_ID="$(aws sts get-caller-identity --query Account --output text)"
BUCKET="taxis-datalake-${LEARNER}-${ACCOUNT_ID}"
ROLE=TaxisGlueServiceRole
POLICY=TaxisGlueDataLakeAccess
CRAWLER=taxis-raw-crawler
JOB=taxis-raw-to-parquet
WORKDIR="$(mktemp -d)"
aws s3 ls "s3://${BUCKET}/raw/"

# @step role
cat > "$WORKDIR/glue-trust.json" <<'JSON'
{
  "Version": "2012-10-17",
  "Statement": [{
    "Effect": "Allow",
    "Principal": { "Service": "glue.amazonaws.com" },
    "Action": "sts:AssumeRole"
  }]
}
JSON
cat > "$WORKDIR/glue-datalake.json" <<JSON
{
  "Version": "2012-10-17",
  "Statement": [
    { "Sid": "ListDataLake", "Effect": "Allow", "Action": "s3:ListBucket",
      "Resource": "arn:aws:s3:::${BUCKET}" },
    { "Sid": "ReadRawAndScripts", "Effect": "Allow", "Action": "s3:GetObject",
      "Resource": ["arn:aws:s3:::${BUCKET}/raw/*", "arn:aws:s3:::${BUCKET}/scripts/*"] },
    { "Sid": "WriteProcessed", "Effect": "Allow",
      "Action": ["s3:GetObject", "s3:PutObject", "s3:DeleteObject"],
      "Resource": "arn:aws:s3:::${BUCKET}/processed/*" }
  ]
}
JSON
ROLE_ARN="$(aws iam create-role --role-name "$ROLE" \
  --assume-role-policy-document "file://$WORKDIR/glue-trust.json" \
  --description "Glue crawlers and jobs of the taxi project" \
  --query Role.Arn --output text)"
aws iam attach-role-policy --role-name "$ROLE" \
  --policy-arn arn:aws:iam::aws:policy/service-role/AWSGlueServiceRole
POLICY_ARN="$(aws iam create-policy --policy-name "$POLICY" \
  --policy-document "file://$WORKDIR/glue-datalake.json" \
  --query Policy.Arn --output text)"
aws iam attach-role-policy --role-name "$ROLE" --policy-arn "$POLICY_ARN"

# @step database
aws glue create-database \
  --database-input '{"Name": "taxis", "Description": "NYC taxi data lake"}'

# @step crawler
# On AWS a new role takes a few seconds to reach Glue: retry while it is not accepted yet.
for attempt in 1 2 3 4 5 6; do
  if aws glue create-crawler --name "$CRAWLER" --role "$ROLE_ARN" \
      --database-name taxis \
      --targets "{\"S3Targets\": [{\"Path\": \"s3://${BUCKET}/raw/\"}]}"; then
    break
  fi
  [ "$attempt" = 6 ] && exit 1
  sleep 5
done
aws glue start-crawler --name "$CRAWLER"
sleep 5
until [ "$(aws glue get-crawler --name "$CRAWLER" --query Crawler.State --output text)" = READY ]; do
  sleep 5
done
aws glue get-crawler --name "$CRAWLER" --query Crawler.LastCrawl.Status --output text

# @step script
aws s3 cp labs/glue-catalog/job/raw_to_parquet.py "s3://${BUCKET}/scripts/raw_to_parquet.py"

# @step job
aws glue create-job --name "$JOB" --role "$ROLE_ARN" \
  --command "Name=pythonshell,ScriptLocation=s3://${BUCKET}/scripts/raw_to_parquet.py,PythonVersion=3.9" \
  --max-capacity 0.0625 --timeout 10 \
  --default-arguments "{\"--BUCKET\": \"${BUCKET}\", \"library-set\": \"analytics\"}"

# @step run-job
RUN_ID="$(aws glue start-job-run --job-name "$JOB" --query JobRunId --output text)"
STATE=RUNNING
while [ "$STATE" = STARTING ] || [ "$STATE" = RUNNING ] || [ "$STATE" = WAITING ]; do
  sleep 5
  STATE="$(aws glue get-job-run --job-name "$JOB" --run-id "$RUN_ID" \
    --query JobRun.JobRunState --output text)"
done
aws glue get-job-run --job-name "$JOB" --run-id "$RUN_ID" \
  --query 'JobRun.[JobRunState,ExecutionTime,ErrorMessage]' --output text
[ "$STATE" = SUCCEEDED ]

# @step verify
aws glue get-tables --database-name taxis \
  --query 'TableList[].[Name,StorageDescriptor.Location]' --output text
aws s3 ls "s3://${BUCKET}/processed/" --recursive
aws logs get-log-events --log-group-name /aws-glue/python-jobs/output \
  --log-stream-name "$RUN_ID" --query 'events[].message' --output text
rm -rf "$WORKDIR"
