# Shared by the peer graders in this folder (sourced, not run). A peer grader is what Instruqt- or
# KodeKloud-style labs use to check work: a bash script of AWS CLI calls, one fact after another,
# reading answers with --query (JMESPath) and bash string tests. No jq, no grep, no evaluation.
#
# Environment: the aws CLI on PATH; AWS_ENDPOINT_URL for an emulator; credentials; AWS_REGION or
# AWS_DEFAULT_REGION (default us-east-1).

set -uo pipefail

REGION="${AWS_REGION:-${AWS_DEFAULT_REGION:-us-east-1}}"
export AWS_DEFAULT_REGION="$REGION"
FAILED=0

pass() { echo "PASS $*"; }
fail() { echo "FAIL $*"; FAILED=1; }
skip() { echo "SKIP $* (needs the bucket)"; FAILED=1; }

# The project's data-lake bucket, found as the checker finds it: the newest bucket named
# taxis-datalake-… whose region is the lab region. Sets BUCKET (empty when there is none).
find_bucket() {
  BUCKET=
  local names name location
  names=$(aws s3api list-buckets --output text \
    --query "reverse(sort_by(Buckets[?starts_with(Name, 'taxis-datalake-')] || \`[]\`, &CreationDate))[].Name") || return 0
  for name in $names; do
    location=$(aws s3api get-bucket-location --bucket "$name" --query LocationConstraint --output text 2>/dev/null) || continue
    case "$location" in None | '') location=us-east-1 ;; EU) location=eu-west-1 ;; esac
    if [[ $location == "$REGION" ]]; then BUCKET=$name; return 0; fi
  done
}

# Exits the grader: 0 when every fact passed.
finish() { exit "$FAILED"; }
