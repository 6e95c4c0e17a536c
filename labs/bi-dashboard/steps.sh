#!/usr/bin/env bash
# Lab bi-dashboard: the lesson's AWS CLI steps. The lesson shows this file section by section, and
# the test suite runs it against the embedded emulator (which stores and checks the definitions;
# it draws nothing). It builds on the labs s3-bucket, glue-catalog and athena-queries (the taxis
# workgroup and the taxi_trips table). Run it from the repository root:  bash labs/bi-dashboard/steps.sh
set -euo pipefail

# @step variables
export AWS_DEFAULT_REGION="${AWS_REGION:-us-east-1}"
ACCOUNT_ID="$(aws sts get-caller-identity --query Account --output text)"
VIEWER="${NUBELAB_LEARNER:-student}-viewer"
WORKGROUP=taxis
WORKDIR="$(mktemp -d)"
echo "Account ${ACCOUNT_ID}, workgroup ${WORKGROUP}, viewer ${VIEWER}"

# @step user
# On AWS the invitation goes to this address: put a real one there (example.com receives nothing).
aws quicksight register-user --aws-account-id "$ACCOUNT_ID" --namespace default \
  --identity-type QUICKSIGHT --user-role READER --user-name "$VIEWER" --email "${VIEWER}@example.com"
VIEWER_ARN="$(aws quicksight describe-user --aws-account-id "$ACCOUNT_ID" --namespace default \
  --user-name "$VIEWER" --query User.Arn --output text)"

# @step data-source
aws quicksight create-data-source --aws-account-id "$ACCOUNT_ID" --data-source-id taxis-athena \
  --name "Taxis (Athena)" --type ATHENA \
  --data-source-parameters "AthenaParameters={WorkGroup=${WORKGROUP}}"
SOURCE_ARN="$(aws quicksight describe-data-source --aws-account-id "$ACCOUNT_ID" --data-source-id taxis-athena \
  --query DataSource.Arn --output text)"

# @step data-set
cat > "$WORKDIR/tables.json" <<JSON
{
  "trips": {
    "RelationalTable": {
      "DataSourceArn": "${SOURCE_ARN}",
      "Catalog": "AwsDataCatalog",
      "Schema": "taxis",
      "Name": "taxi_trips",
      "InputColumns": [
        { "Name": "payment_type", "Type": "INTEGER" },
        { "Name": "passenger_count", "Type": "INTEGER" },
        { "Name": "trip_distance", "Type": "DECIMAL" },
        { "Name": "fare_amount", "Type": "DECIMAL" },
        { "Name": "tip_amount", "Type": "DECIMAL" }
      ]
    }
  }
}
JSON
aws quicksight create-data-set --aws-account-id "$ACCOUNT_ID" --data-set-id taxi-trips \
  --name "Taxi trips" --import-mode DIRECT_QUERY --physical-table-map "file://$WORKDIR/tables.json"
DATA_SET_ARN="$(aws quicksight describe-data-set --aws-account-id "$ACCOUNT_ID" --data-set-id taxi-trips \
  --query DataSet.Arn --output text)"

# @step analysis
cat > "$WORKDIR/definition.json" <<JSON
{
  "DataSetIdentifierDeclarations": [{ "Identifier": "trips", "DataSetArn": "${DATA_SET_ARN}" }],
  "Sheets": [{
    "SheetId": "fares",
    "Name": "Fares",
    "Visuals": [{
      "BarChartVisual": {
        "VisualId": "avg-fare-by-payment",
        "Title": { "Visibility": "VISIBLE", "FormatText": { "PlainText": "Average fare by payment type" } },
        "ChartConfiguration": {
          "FieldWells": { "BarChartAggregatedFieldWells": {
            "Category": [{ "NumericalDimensionField": { "FieldId": "payment-type",
              "Column": { "DataSetIdentifier": "trips", "ColumnName": "payment_type" } } }],
            "Values": [{ "NumericalMeasureField": { "FieldId": "avg-fare",
              "Column": { "DataSetIdentifier": "trips", "ColumnName": "fare_amount" },
              "AggregationFunction": { "SimpleNumericalAggregation": "AVERAGE" } } }]
          } },
          "Orientation": "VERTICAL"
        }
      }
    }]
  }]
}
JSON
aws quicksight create-analysis --aws-account-id "$ACCOUNT_ID" --analysis-id taxi-fares \
  --name "Taxi fares" --definition "file://$WORKDIR/definition.json"
aws quicksight describe-analysis --aws-account-id "$ACCOUNT_ID" --analysis-id taxi-fares \
  --query 'Analysis.[Status, DataSetArns[0]]' --output text

# @step dashboard
aws quicksight describe-analysis-definition --aws-account-id "$ACCOUNT_ID" --analysis-id taxi-fares \
  --query Definition > "$WORKDIR/published.json"
aws quicksight create-dashboard --aws-account-id "$ACCOUNT_ID" --dashboard-id taxi-fares \
  --name "Taxi fares" --definition "file://$WORKDIR/published.json" --version-description "First version"
aws quicksight describe-dashboard --aws-account-id "$ACCOUNT_ID" --dashboard-id taxi-fares \
  --query 'Dashboard.Version.[VersionNumber, Status]' --output text

# @step share
aws quicksight update-dashboard-permissions --aws-account-id "$ACCOUNT_ID" --dashboard-id taxi-fares \
  --grant-permissions "Principal=${VIEWER_ARN},Actions=quicksight:DescribeDashboard,quicksight:ListDashboardVersions,quicksight:QueryDashboard"
aws quicksight describe-dashboard-permissions --aws-account-id "$ACCOUNT_ID" --dashboard-id taxi-fares \
  --query 'Permissions[].Principal' --output text
rm -rf "$WORKDIR"
