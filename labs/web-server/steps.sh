#!/usr/bin/env bash
# Lab web-server: the lesson's AWS CLI steps. The lesson page shows this file section by section,
# and the test suite runs it against the embedded emulator, so what you read is what works.
# It needs the de-s3access instance profile of the iam-role lab. Run it from the repository root:
#   bash labs/web-server/steps.sh
set -euo pipefail

# @step variables
export AWS_DEFAULT_REGION="${AWS_REGION:-us-east-1}"
PROFILE=de-s3access
VPC_ID=$(aws ec2 describe-vpcs --filters Name=is-default,Values=true \
  --query 'Vpcs[0].VpcId' --output text)
# One default subnet in each of two Availability Zones.
read -r SUBNET_A SUBNET_B < <(aws ec2 describe-subnets \
  --filters Name=vpc-id,Values="$VPC_ID" Name=default-for-az,Values=true \
  --query 'sort_by(Subnets, &AvailabilityZone)[:2].SubnetId' --output text)
echo "Default VPC ${VPC_ID}; subnets ${SUBNET_A} and ${SUBNET_B}"

# @step security-group
SG_ID=$(aws ec2 create-security-group --vpc-id "$VPC_ID" \
  --group-name nubelab-web-sg --description "Web tier: HTTP, HTTPS and Flask" \
  --query GroupId --output text)
aws ec2 authorize-security-group-ingress --group-id "$SG_ID" --ip-permissions \
  'IpProtocol=tcp,FromPort=80,ToPort=80,IpRanges=[{CidrIp=0.0.0.0/0}]' \
  'IpProtocol=tcp,FromPort=443,ToPort=443,IpRanges=[{CidrIp=0.0.0.0/0}]' \
  'IpProtocol=tcp,FromPort=5000,ToPort=5000,IpRanges=[{CidrIp=0.0.0.0/0,Description=Flask}]'

# @step launch
for N in 1 2; do
  if [ "$N" = 1 ]; then SUBNET="$SUBNET_A"; else SUBNET="$SUBNET_B"; fi
  aws ec2 run-instances \
    --image-id resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64 \
    --instance-type t3.micro \
    --subnet-id "$SUBNET" \
    --security-group-ids "$SG_ID" \
    --iam-instance-profile Name="$PROFILE" \
    --metadata-options HttpTokens=required,HttpEndpoint=enabled \
    --user-data file://labs/web-server/user-data.sh \
    --tag-specifications "ResourceType=instance,Tags=[{Key=Name,Value=nubelab-web-${N}}]" \
    --query 'Instances[0].InstanceId' --output text
done
IDS=$(aws ec2 describe-instances --filters 'Name=tag:Name,Values=nubelab-web-*' Name=instance-state-name,Values=pending,running \
  --query 'Reservations[].Instances[].InstanceId' --output text)
aws ec2 wait instance-running --instance-ids $IDS

# @step verify
aws ec2 describe-instances --instance-ids $IDS --query 'Reservations[].Instances[].{
  Name: Tags[?Key==`Name`]|[0].Value, State: State.Name, Zone: Placement.AvailabilityZone,
  Profile: IamInstanceProfile.Arn, PublicIp: PublicIpAddress}' --output table
FIRST=$(echo "$IDS" | awk '{print $1}')
aws ec2 describe-instance-attribute --instance-id "$FIRST" --attribute userData \
  --query UserData.Value --output text | base64 --decode | head -n 8
