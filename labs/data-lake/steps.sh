#!/usr/bin/env bash
# Lab data-lake: the lesson's AWS CLI steps. Both lesson pages show this file section by section,
# and the test suite runs it against the embedded emulator, so what you read is what works.
# It needs the s3-bucket and glue-catalog labs done first (the bucket and the Glue service role).
# Run it from the repository root:  bash labs/data-lake/steps.sh
set -euo pipefail

# @step variables
REGION="${AWS_REGION:-us-east-1}"
export AWS_DEFAULT_REGION="$REGION"
LEARNER="${NUBELAB_LEARNER:-student}"
ACCOUNT_ID="$(aws sts get-caller-identity --query Account --output text)"
BUCKET="taxis-datalake-${LEARNER}-${ACCOUNT_ID}"
GLUE_ROLE_ARN="$(aws iam get-role --role-name TaxisGlueServiceRole --query Role.Arn --output text)"
export WORKDIR="$(mktemp -d)"
echo "Bucket: ${BUCKET}  Glue role: ${GLUE_ROLE_ARN}"

# @step read-policy
# A bucket without a policy answers NoSuchBucketPolicy: start from an empty one then. Any other
# error stops here, so a failed read never ends up replacing the policy with a smaller one.
if ! aws s3api get-bucket-policy --bucket "$BUCKET" --query Policy --output text \
    > "$WORKDIR/current-policy.json" 2> "$WORKDIR/error.txt"; then
  grep -q NoSuchBucketPolicy "$WORKDIR/error.txt" || { cat "$WORKDIR/error.txt" >&2; exit 1; }
  echo '{"Version": "2012-10-17", "Statement": []}' > "$WORKDIR/current-policy.json"
fi
cat "$WORKDIR/current-policy.json"

# @step merge-policy
cat > "$WORKDIR/glue-statements.json" <<JSON
[
  {
    "Sid": "GlueListRaw",
    "Effect": "Allow",
    "Principal": { "AWS": "${GLUE_ROLE_ARN}" },
    "Action": "s3:ListBucket",
    "Resource": "arn:aws:s3:::${BUCKET}"
  },
  {
    "Sid": "GlueReadRaw",
    "Effect": "Allow",
    "Principal": { "AWS": "${GLUE_ROLE_ARN}" },
    "Action": "s3:GetObject",
    "Resource": "arn:aws:s3:::${BUCKET}/raw/*"
  },
  {
    "Sid": "GlueReadWriteProcessed",
    "Effect": "Allow",
    "Principal": { "AWS": "${GLUE_ROLE_ARN}" },
    "Action": ["s3:GetObject", "s3:PutObject"],
    "Resource": "arn:aws:s3:::${BUCKET}/processed/*"
  }
]
JSON
python3 - <<'PY'
import json
import os

workdir = os.environ["WORKDIR"]
policy = json.load(open(os.path.join(workdir, "current-policy.json")))
statements = policy["Statement"] if isinstance(policy["Statement"], list) else [policy["Statement"]]
added = json.load(open(os.path.join(workdir, "glue-statements.json")))
# Running the step twice must not duplicate the statements: replace any with the same Sid.
sids = {s["Sid"] for s in added}
policy["Statement"] = [s for s in statements if s.get("Sid") not in sids] + added
json.dump(policy, open(os.path.join(workdir, "merged-policy.json"), "w"), indent=2)
PY

# @step put-policy
aws s3api put-bucket-policy --bucket "$BUCKET" --policy "file://$WORKDIR/merged-policy.json"

# @step eventbridge
aws s3api get-bucket-notification-configuration --bucket "$BUCKET" > "$WORKDIR/current-notifications.json"
python3 - <<'PY'
import json
import os

# With no notifications the CLI prints nothing at all.
text = open(os.path.join(os.environ["WORKDIR"], "current-notifications.json")).read()
config = json.loads(text) if text.strip() else {}
config["EventBridgeConfiguration"] = {}
json.dump(config, open(os.path.join(os.environ["WORKDIR"], "notifications.json"), "w"), indent=2)
PY
aws s3api put-bucket-notification-configuration --bucket "$BUCKET" \
  --notification-configuration "file://$WORKDIR/notifications.json"

# @step verify
aws s3api get-bucket-policy --bucket "$BUCKET" --query Policy --output text \
  | python3 -c 'import json, sys; print([s.get("Sid") for s in json.load(sys.stdin)["Statement"]])'
aws s3api get-bucket-notification-configuration --bucket "$BUCKET"
rm -rf "$WORKDIR"
