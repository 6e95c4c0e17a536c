#!/usr/bin/env bash
# Lab ec2-instance: the lesson's AWS CLI steps. The lesson page shows this file section by section,
# and the test suite runs it against the embedded emulator, so what you read is what works.
# It needs the de-s3access instance profile of the iam-role lab. Run it from the repository root:
#   bash labs/ec2-instance/steps.sh
set -euo pipefail

# @step variables
export AWS_DEFAULT_REGION="${AWS_REGION:-us-east-1}"
REGION="$AWS_DEFAULT_REGION"
PROFILE=de-s3access
VPC_ID=$(aws ec2 describe-vpcs --filters Name=is-default,Values=true \
  --query 'Vpcs[0].VpcId' --output text)
PL_ID=$(aws ec2 describe-managed-prefix-lists \
  --filters Name=prefix-list-name,Values="com.amazonaws.${REGION}.ec2-instance-connect" \
  --query 'PrefixLists[0].PrefixListId' --output text)
echo "Default VPC ${VPC_ID}; EC2 Instance Connect prefix list ${PL_ID}"

# @step security-group
SG_ID=$(aws ec2 create-security-group --vpc-id "$VPC_ID" \
  --group-name data-engineer-sg --description "SSH from EC2 Instance Connect only" \
  --query GroupId --output text)
aws ec2 authorize-security-group-ingress --group-id "$SG_ID" \
  --ip-permissions "IpProtocol=tcp,FromPort=22,ToPort=22,PrefixListIds=[{PrefixListId=${PL_ID},Description=EC2 Instance Connect}]"

# @step launch
INSTANCE_ID=$(aws ec2 run-instances \
  --image-id resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64 \
  --instance-type t3.micro \
  --iam-instance-profile Name="$PROFILE" \
  --security-group-ids "$SG_ID" \
  --block-device-mappings 'DeviceName=/dev/xvda,Ebs={VolumeSize=16,VolumeType=gp3,Encrypted=true}' \
  --metadata-options HttpTokens=required,HttpEndpoint=enabled \
  --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=data-engineer}]' \
  --query 'Instances[0].InstanceId' --output text)
aws ec2 wait instance-running --instance-ids "$INSTANCE_ID"

# @step verify
aws ec2 describe-instances --instance-ids "$INSTANCE_ID" --query 'Reservations[0].Instances[0].{
  State: State.Name, Type: InstanceType, Image: ImageId,
  Profile: IamInstanceProfile.Arn, Tokens: MetadataOptions.HttpTokens}'
aws ec2 describe-images --image-ids "$(aws ec2 describe-instances --instance-ids "$INSTANCE_ID" \
  --query 'Reservations[0].Instances[0].ImageId' --output text)" --query 'Images[0].Name'
aws ec2 describe-volumes --filters Name=attachment.instance-id,Values="$INSTANCE_ID" \
  --query 'Volumes[].{Volume: VolumeId, Device: Attachments[0].Device, Encrypted: Encrypted}'
