#!/usr/bin/env bash
# Lab athena-queries: the lesson's AWS CLI steps. The lesson shows this file section by section,
# and the test suite runs it against the embedded emulator, where the query really runs (DuckDB).
# It builds on the labs s3-bucket and glue-catalog (the taxis database and the Parquet trips under
# processed/trips/). Run it from the repository root:  bash labs/athena-queries/steps.sh
set -euo pipefail

# @step variables
export AWS_DEFAULT_REGION="${AWS_REGION:-us-east-1}"
LEARNER="${NUBELAB_LEARNER:-student}"
ACCOUNT_ID="$(aws sts get-caller-identity --query Account --output text)"
BUCKET="taxis-datalake-${LEARNER}-${ACCOUNT_ID}"
RESULTS="taxis-athena-results-${LEARNER}-${ACCOUNT_ID}"
WORKGROUP=taxis
WORKDIR="$(mktemp -d)"
echo "Workgroup ${WORKGROUP}, results in ${RESULTS}, data in ${BUCKET}"

# @step results-bucket
aws s3api create-bucket --bucket "$RESULTS"
aws s3api put-public-access-block --bucket "$RESULTS" \
  --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true
aws s3api put-bucket-encryption --bucket "$RESULTS" \
  --server-side-encryption-configuration '{"Rules": [{"ApplyServerSideEncryptionByDefault": {"SSEAlgorithm": "AES256"}}]}'
aws s3api put-bucket-policy --bucket "$RESULTS" --policy "$(cat <<JSON
{
  "Version": "2012-10-17",
  "Statement": [{
    "Sid": "DenyInsecureTransport", "Effect": "Deny", "Principal": "*", "Action": "s3:*",
    "Resource": ["arn:aws:s3:::${RESULTS}", "arn:aws:s3:::${RESULTS}/*"],
    "Condition": { "Bool": { "aws:SecureTransport": "false" } }
  }]
}
JSON
)"
aws s3api put-bucket-lifecycle-configuration --bucket "$RESULTS" \
  --lifecycle-configuration '{"Rules": [{"ID": "expire-results", "Status": "Enabled", "Filter": {"Prefix": ""}, "Expiration": {"Days": 7}}]}'

# @step workgroup
cat > "$WORKDIR/workgroup.json" <<JSON
{
  "ResultConfiguration": {
    "OutputLocation": "s3://${RESULTS}/",
    "EncryptionConfiguration": { "EncryptionOption": "SSE_S3" }
  },
  "EnforceWorkGroupConfiguration": true,
  "PublishCloudWatchMetricsEnabled": true,
  "BytesScannedCutoffPerQuery": 1073741824
}
JSON
aws athena create-work-group --name "$WORKGROUP" --configuration "file://$WORKDIR/workgroup.json"

# Starts a statement in the workgroup, waits until it ends, and fails with Athena's reason if it did not succeed.
run_query() {
  local id state
  id="$(aws athena start-query-execution --work-group "$WORKGROUP" \
    --query-execution-context Database=taxis \
    --query-string "file://$1" --query QueryExecutionId --output text)"
  for _ in $(seq 1 120); do
    state="$(aws athena get-query-execution --query-execution-id "$id" \
      --query QueryExecution.Status.State --output text)"
    case "$state" in
      SUCCEEDED) echo "$id"; return 0 ;;
      FAILED|CANCELLED)
        aws athena get-query-execution --query-execution-id "$id" \
          --query QueryExecution.Status.StateChangeReason --output text >&2
        return 1 ;;
    esac
    sleep 1
  done
  echo "query $id still $state" >&2
  return 1
}

# @step table
cat > "$WORKDIR/table.sql" <<SQL
CREATE EXTERNAL TABLE IF NOT EXISTS taxi_trips (
  vendorid bigint,
  tpep_pickup_datetime timestamp,
  tpep_dropoff_datetime timestamp,
  passenger_count bigint,
  trip_distance double,
  pulocationid bigint,
  dolocationid bigint,
  payment_type bigint,
  fare_amount double,
  tip_amount double,
  total_amount double
)
STORED AS PARQUET
LOCATION 's3://${BUCKET}/processed/trips/'
SQL
run_query "$WORKDIR/table.sql"

# @step query
cat > "$WORKDIR/fare-by-payment.sql" <<'SQL'
SELECT payment_type,
       count(*) AS trips,
       round(avg(fare_amount), 2) AS avg_fare,
       round(avg(tip_amount), 2) AS avg_tip
FROM taxi_trips
GROUP BY payment_type
ORDER BY payment_type
SQL
QID="$(run_query "$WORKDIR/fare-by-payment.sql")"
aws athena get-query-execution --query-execution-id "$QID" \
  --query 'QueryExecution.[Status.State,Statistics.DataScannedInBytes,ResultConfiguration.OutputLocation]' --output text

# @step results
aws athena get-query-results --query-execution-id "$QID" \
  --query 'ResultSet.Rows[*].Data[*].VarCharValue' --output text
aws s3 ls "s3://${RESULTS}/"
rm -rf "$WORKDIR"
