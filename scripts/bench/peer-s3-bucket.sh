#!/usr/bin/env bash
# Peer grader for lab s3-bucket, written the way Instruqt- or KodeKloud-style labs check work: AWS
# CLI calls and bash string tests. It checks the same facts as labs/s3-bucket/checks/, in the same
# order, and exits 0 when all of them pass. Used by scripts/bench-check.ts to compare speed.
#   AWS_ENDPOINT_URL=http://localhost:4566 AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test bash scripts/bench/peer-s3-bucket.sh
source "$(dirname "${BASH_SOURCE[0]}")/peer-lib.sh"

# s3_bucket_exists
find_bucket
if [[ -z $BUCKET ]]; then
  fail "no taxis-datalake-… bucket in $REGION"
  for fact in acls-disabled public-access-blocked versioning default-encryption tls-enforced lifecycle raw-sample; do skip "$fact"; done
  finish
fi
pass "bucket $BUCKET exists in $REGION"

# s3_bucket_acls_disabled
ownership=$(aws s3api get-bucket-ownership-controls --bucket "$BUCKET" \
  --query 'OwnershipControls.Rules[0].ObjectOwnership' --output text 2>/dev/null)
if [[ $ownership == BucketOwnerEnforced ]]; then pass "ACLs disabled"; else fail "object ownership is '${ownership:-none}', not BucketOwnerEnforced"; fi

# s3_bucket_public_access_blocked: each setting on the bucket, or else on the account
FLAGS='[BlockPublicAcls, IgnorePublicAcls, BlockPublicPolicy, RestrictPublicBuckets]'
read -r -a on_bucket <<<"$(aws s3api get-public-access-block --bucket "$BUCKET" \
  --query "PublicAccessBlockConfiguration.$FLAGS" --output text 2>/dev/null)"
if [[ "${on_bucket[*]:-}" != "True True True True" ]]; then
  account=$(aws sts get-caller-identity --query Account --output text)
  read -r -a on_account <<<"$(aws s3control get-public-access-block --account-id "$account" \
    --query "PublicAccessBlockConfiguration.$FLAGS" --output text 2>/dev/null)"
else
  on_account=()
fi
missing=0
for i in 0 1 2 3; do
  [[ ${on_bucket[$i]:-} == True || ${on_account[$i]:-} == True ]] || missing=$((missing + 1))
done
if ((missing == 0)); then pass "public access blocked (4 settings)"; else fail "$missing public access block settings are off"; fi

# s3_bucket_versioning_enabled
status=$(aws s3api get-bucket-versioning --bucket "$BUCKET" --query Status --output text)
if [[ $status == Enabled ]]; then pass "versioning enabled"; else fail "versioning is '$status'"; fi

# s3_bucket_default_encryption
algorithms=$(aws s3api get-bucket-encryption --bucket "$BUCKET" --output text \
  --query 'ServerSideEncryptionConfiguration.Rules[].ApplyServerSideEncryptionByDefault.SSEAlgorithm' 2>/dev/null)
encrypted=
for a in $algorithms; do [[ $a == AES256 || $a == aws:kms || $a == aws:kms:dsse ]] && encrypted=$a; done
if [[ -n $encrypted ]]; then pass "default encryption $encrypted"; else fail "no SSE-S3/SSE-KMS default encryption"; fi

# s3_bucket_tls_enforced: the policy is a JSON string that JMESPath cannot open, so this reads its
# text. It can tell that the pieces are there, not that they sit in one statement.
policy=$(aws s3api get-bucket-policy --bucket "$BUCKET" --query Policy --output text 2>/dev/null)
policy=${policy//[[:space:]]/}
arn="arn:aws:s3:::$BUCKET"
if [[ $policy == *'"Effect":"Deny"'* && $policy == *'"aws:SecureTransport":'*(\")false* && $policy == *'"s3:*"'* &&
  ($policy == *'"Principal":"*"'* || $policy == *'"Principal":{"AWS":"*"}'*) &&
  $policy == *"\"$arn\""* && $policy == *"\"$arn/*\""* ]]; then
  pass "bucket policy denies requests without TLS"
else
  fail "bucket policy does not deny every request without TLS"
fi

# s3_bucket_lifecycle_configured: enabled rules for raw/ (or the whole bucket) that move objects
# to a colder class after 30 days or more, and that expire noncurrent versions.
FOR_RAW="Status=='Enabled' && contains(['raw/', 'raw', 'ra', 'r', ''], Filter.Prefix || Prefix || '') && !(Filter.Tag || Filter.And || Filter.ObjectSizeGreaterThan || Filter.ObjectSizeLessThan)"
COLDER="['STANDARD_IA', 'ONEZONE_IA', 'INTELLIGENT_TIERING', 'GLACIER_IR', 'GLACIER', 'DEEP_ARCHIVE']"
read -r transition noncurrent <<<"$(aws s3api get-bucket-lifecycle-configuration --bucket "$BUCKET" --output text \
  --query "[length(Rules[?$FOR_RAW && Transitions[?Days >= \`30\` && contains($COLDER, StorageClass)]]), length(Rules[?$FOR_RAW && NoncurrentVersionExpiration.NoncurrentDays > \`0\`])]" 2>/dev/null)"
if [[ ${transition:-0} -gt 0 && ${noncurrent:-0} -gt 0 ]]; then pass "lifecycle archives raw/ and expires old versions"; else fail "lifecycle lacks a rule for raw/"; fi

# s3_bucket_raw_sample_present: the first 2 KiB of up to 5 objects under raw/, CSV files first
keys=$(aws s3api list-objects-v2 --bucket "$BUCKET" --prefix raw/ --max-items 100 --output text \
  --query "[(Contents[?Size > \`0\` && ends_with(Key, '.csv')] || \`[]\`)[].Key, (Contents[?Size > \`0\` && !ends_with(Key, '.csv') && !ends_with(Key, '/')] || \`[]\`)[].Key][]")
COLUMNS=(vendorid tpep_pickup_datetime tpep_dropoff_datetime passenger_count trip_distance pulocationid dolocationid payment_type fare_amount tip_amount total_amount)
head_file=$(mktemp)
found=
read_count=0
for key in $keys; do
  ((read_count++ < 5)) || break
  aws s3api get-object --bucket "$BUCKET" --key "$key" --range bytes=0-2047 "$head_file" >/dev/null || continue
  IFS= read -r header <"$head_file"
  header=${header#$'\xef\xbb\xbf'}
  header=${header%$'\r'}
  header=${header//[\" ]/}
  header=",${header,,},"
  complete=1
  for column in "${COLUMNS[@]}"; do [[ $header == *",$column,"* ]] || complete=; done
  if [[ -n $complete ]]; then found=$key; break; fi
done
rm -f "$head_file"
if [[ -n $found ]]; then pass "raw/ holds taxi CSV $found"; else fail "no taxi CSV under raw/"; fi

finish
