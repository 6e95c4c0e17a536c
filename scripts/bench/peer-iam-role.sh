#!/usr/bin/env bash
# Peer grader for lab iam-role, written the way Instruqt- or KodeKloud-style labs check work: AWS
# CLI calls and bash string tests. It checks the same facts as labs/iam-role/checks/ and exits 0
# when all of them pass. Used by scripts/bench-check.ts to compare speed.
#
# What it cannot do: evaluate IAM policies. It lists the role's inline and attached policies,
# fetches their text, and looks for the actions and the bucket ARN in it. Text is not meaning:
# a Deny, a NotAction, a condition or an action in another statement than its resource all fool it,
# where the checker asks an IAM policy simulator whether each request is allowed.
#   AWS_ENDPOINT_URL=http://localhost:4566 AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test bash scripts/bench/peer-iam-role.sh
source "$(dirname "${BASH_SOURCE[0]}")/peer-lib.sh"

# iam_role_exists: de-s3access, else the newest de-s3access-…
read -r exact newest <<<"$(aws iam list-roles --output text \
  --query "[Roles[?RoleName=='de-s3access'].RoleName | [0], reverse(sort_by(Roles[?starts_with(RoleName, 'de-s3access-')], &CreateDate))[0].RoleName]")"
ROLE=
[[ ${newest:-None} != None ]] && ROLE=$newest
[[ ${exact:-None} != None ]] && ROLE=$exact
if [[ -z $ROLE ]]; then
  fail "no role de-s3access (nor de-s3access-…)"
  for fact in trusts-ec2-only instance-profile data-lake-access least-privilege; do echo "SKIP $fact (needs the role)"; done
  finish
fi
pass "role $ROLE exists"

# iam_role_trusts_ec2_only: the Allow statements for sts:AssumeRole name the EC2 service and nobody else
read -r others services <<<"$(aws iam get-role --role-name "$ROLE" --output text \
  --query "Role.AssumeRolePolicyDocument.Statement[?Effect=='Allow' && contains(to_array(Action), 'sts:AssumeRole')] | [length([?Principal=='*' || Principal.AWS || Principal.Federated || Principal.CanonicalUser || NotPrincipal]), join(' ', [].Principal.Service | [])]")"
trusted=${services:-}
for service in $trusted; do [[ $service == ec2.amazonaws.com ]] || others=$((others + 1)); done
if [[ ${others:-1} == 0 && " $trusted " == *' ec2.amazonaws.com '* ]]; then pass "only ec2.amazonaws.com can assume it"; else fail "trust is not EC2 alone (services: ${trusted:-none}, other principals: ${others:-?})"; fi

# iam_role_instance_profile
profiles=$(aws iam list-instance-profiles-for-role --role-name "$ROLE" --query 'length(InstanceProfiles)' --output text)
if [[ ${profiles:-0} -gt 0 ]]; then pass "in an instance profile"; else fail "in no instance profile"; fi

# The role's permissions: every inline and attached policy, fetched as text.
find_bucket
if [[ -z $BUCKET ]]; then
  fail "data-lake access: no taxis-datalake-… bucket to judge the role against"
  fail "least privilege: no taxis-datalake-… bucket to judge the role against"
  finish
fi
documents=
for name in $(aws iam list-role-policies --role-name "$ROLE" --query PolicyNames --output text); do
  documents+=$(aws iam get-role-policy --role-name "$ROLE" --policy-name "$name" --query PolicyDocument --output json)
done
for policy_arn in $(aws iam list-attached-role-policies --role-name "$ROLE" --query 'AttachedPolicies[].PolicyArn' --output text); do
  version=$(aws iam get-policy --policy-arn "$policy_arn" --query Policy.DefaultVersionId --output text)
  documents+=$(aws iam get-policy-version --policy-arn "$policy_arn" --version-id "$version" --query PolicyVersion.Document --output json)
done
documents=${documents//[[:space:]]/}
arn="arn:aws:s3:::$BUCKET"

# iam_role_data_lake_access: the text names the three actions, the bucket and its objects
if [[ $documents == *'"s3:ListBucket"'* && $documents == *'"s3:GetObject"'* && $documents == *'"s3:PutObject"'* &&
  $documents == *"\"$arn\""* && ($documents == *"\"$arn/*\""* || $documents == *"\"$arn/raw/*\""*) &&
  ($documents == *"\"$arn/*\""* || $documents == *"\"$arn/processed/*\""*) ]]; then
  pass "policies mention ListBucket, GetObject, PutObject on $BUCKET"
else
  fail "policies do not mention s3:ListBucket, s3:GetObject and s3:PutObject on $BUCKET"
fi

# iam_role_least_privilege: no wildcard actions or resources, no deletes, no policy changes, no
# IAM, and no S3 ARN but the bucket's
excess=
for word in '"*"' '"s3:*"' 's3:Delete' 's3:PutBucket' '"iam:' '"NotAction"' '"NotResource"'; do
  [[ $documents == *"$word"* ]] && excess+=" $word"
done
rest=$documents
while [[ $rest == *'arn:aws:s3:::'* ]]; do
  rest=${rest#*arn:aws:s3:::}
  [[ $rest == "$BUCKET"\"* || $rest == "$BUCKET"/* ]] || { excess+=" another-bucket"; break; }
done
if [[ -z $excess ]]; then pass "policies grant nothing beyond the lesson's actions"; else fail "policies mention:$excess"; fi

finish
