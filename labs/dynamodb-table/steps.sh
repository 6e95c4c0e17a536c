#!/usr/bin/env bash
# Lab dynamodb-table: the lesson's AWS CLI steps. Both lesson pages show this file section by
# section, and the test suite runs it against the embedded emulator.
# Run it from the repository root:  bash labs/dynamodb-table/steps.sh
set -euo pipefail

# @step variables
export AWS_DEFAULT_REGION="${AWS_REGION:-us-east-1}"
TABLE=taxi-trips
echo "Table ${TABLE}"

# @step table
aws dynamodb create-table --table-name "$TABLE" \
  --attribute-definitions \
    AttributeName=pickup_zone,AttributeType=N \
    AttributeName=trip_key,AttributeType=S \
    AttributeName=dropoff_zone,AttributeType=N \
  --key-schema AttributeName=pickup_zone,KeyType=HASH AttributeName=trip_key,KeyType=RANGE \
  --billing-mode PAY_PER_REQUEST \
  --global-secondary-indexes '[{"IndexName":"by-dropoff-zone","KeySchema":[{"AttributeName":"dropoff_zone","KeyType":"HASH"},{"AttributeName":"trip_key","KeyType":"RANGE"}],"Projection":{"ProjectionType":"ALL"}}]' \
  --query 'TableDescription.TableStatus'
aws dynamodb wait table-exists --table-name "$TABLE"

# @step protect
aws dynamodb update-continuous-backups --table-name "$TABLE" \
  --point-in-time-recovery-specification PointInTimeRecoveryEnabled=true \
  --query 'ContinuousBackupsDescription.PointInTimeRecoveryDescription.PointInTimeRecoveryStatus'
aws dynamodb update-table --table-name "$TABLE" --deletion-protection-enabled \
  --query 'TableDescription.DeletionProtectionEnabled'

# @step items
put_trip() {
  aws dynamodb put-item --table-name "$TABLE" --item "{
    \"pickup_zone\": {\"N\": \"$1\"}, \"trip_key\": {\"S\": \"$2\"}, \"dropoff_zone\": {\"N\": \"$3\"},
    \"passenger_count\": {\"N\": \"$4\"}, \"fare_amount\": {\"N\": \"$5\"}}"
}
put_trip 132 '2025-01-08T22:24:00#0001' 211 1 64.27
put_trip 132 '2025-01-08T23:02:00#0001' 161 2 70.00
put_trip 237 '2025-01-09T08:15:00#0001' 211 1 9.30
aws dynamodb query --table-name "$TABLE" \
  --key-condition-expression "pickup_zone = :z AND begins_with(trip_key, :day)" \
  --expression-attribute-values '{":z": {"N": "132"}, ":day": {"S": "2025-01-08"}}' \
  --query 'Count'
aws dynamodb query --table-name "$TABLE" --index-name by-dropoff-zone \
  --key-condition-expression "dropoff_zone = :z" \
  --expression-attribute-values '{":z": {"N": "211"}}' \
  --query 'Count'
