#!/usr/bin/env bash
# Lab vpc-network: the lesson's AWS CLI steps. Both lesson pages show this file section by section,
# and the test suite runs it against the embedded emulator, so what you read is what works.
# Run it from the repository root:  bash labs/vpc-network/steps.sh
set -euo pipefail

# @step variables
export AWS_DEFAULT_REGION="${AWS_REGION:-us-east-1}"
REGION="$AWS_DEFAULT_REGION"
ACCOUNT_ID="$(aws sts get-caller-identity --query Account --output text)"
read -r AZ_A AZ_B <<<"$(aws ec2 describe-availability-zones \
  --filters Name=zone-type,Values=availability-zone Name=state,Values=available \
  --query 'sort(AvailabilityZones[].ZoneName)[:2]' --output text)"
FLOW_LOGS_BUCKET="nubelab-flow-logs-${ACCOUNT_ID}"
tags() { echo "ResourceType=$1,Tags=[{Key=Name,Value=$2}]"; }
echo "Zones ${AZ_A} and ${AZ_B} in ${REGION}"

# @step vpc
VPC_ID=$(aws ec2 create-vpc --cidr-block 10.0.0.0/16 \
  --tag-specifications "$(tags vpc nubelab-vpc)" \
  --query Vpc.VpcId --output text)
aws ec2 modify-vpc-attribute --vpc-id "$VPC_ID" --enable-dns-hostnames '{"Value":true}'

# @step subnets
subnet() {  # subnet <cidr> <zone> <name>
  aws ec2 create-subnet --vpc-id "$VPC_ID" --cidr-block "$1" --availability-zone "$2" \
    --tag-specifications "$(tags subnet "$3")" --query Subnet.SubnetId --output text
}
PUBLIC_A=$(subnet 10.0.1.0/24 "$AZ_A" nubelab-public-a)
PUBLIC_B=$(subnet 10.0.2.0/24 "$AZ_B" nubelab-public-b)
PRIVATE_A=$(subnet 10.0.11.0/24 "$AZ_A" nubelab-private-a)
PRIVATE_B=$(subnet 10.0.12.0/24 "$AZ_B" nubelab-private-b)

# @step internet-gateway
IGW_ID=$(aws ec2 create-internet-gateway \
  --tag-specifications "$(tags internet-gateway nubelab-igw)" \
  --query InternetGateway.InternetGatewayId --output text)
aws ec2 attach-internet-gateway --internet-gateway-id "$IGW_ID" --vpc-id "$VPC_ID"

# @step route-tables
PUBLIC_RTB=$(aws ec2 create-route-table --vpc-id "$VPC_ID" \
  --tag-specifications "$(tags route-table nubelab-public)" \
  --query RouteTable.RouteTableId --output text)
aws ec2 create-route --route-table-id "$PUBLIC_RTB" \
  --destination-cidr-block 0.0.0.0/0 --gateway-id "$IGW_ID"
PRIVATE_RTB=$(aws ec2 create-route-table --vpc-id "$VPC_ID" \
  --tag-specifications "$(tags route-table nubelab-private)" \
  --query RouteTable.RouteTableId --output text)
for s in "$PUBLIC_A" "$PUBLIC_B"; do
  aws ec2 associate-route-table --route-table-id "$PUBLIC_RTB" --subnet-id "$s"
done
for s in "$PRIVATE_A" "$PRIVATE_B"; do
  aws ec2 associate-route-table --route-table-id "$PRIVATE_RTB" --subnet-id "$s"
done

# @step network-acl
NACL_ID=$(aws ec2 create-network-acl --vpc-id "$VPC_ID" \
  --tag-specifications "$(tags network-acl nubelab-public-web)" \
  --query NetworkAcl.NetworkAclId --output text)
rule() {  # rule <--ingress|--egress> <number> <from port> <to port>
  aws ec2 create-network-acl-entry --network-acl-id "$NACL_ID" "$1" --rule-number "$2" \
    --protocol tcp --port-range "From=$3,To=$4" --cidr-block 0.0.0.0/0 --rule-action allow
}
rule --ingress 100 80 80          # HTTP from anywhere
rule --ingress 110 443 443        # HTTPS from anywhere
rule --ingress 120 1024 65535     # replies to the subnet's own requests
rule --egress 100 1024 65535      # replies to web clients
rule --egress 110 80 80           # the subnet's own HTTP requests (updates)
rule --egress 120 443 443         # and HTTPS ones
for s in "$PUBLIC_A" "$PUBLIC_B"; do
  CURRENT=$(aws ec2 describe-network-acls --filters "Name=association.subnet-id,Values=$s" \
    --query "NetworkAcls[0].Associations[?SubnetId=='$s'].NetworkAclAssociationId" --output text)
  aws ec2 replace-network-acl-association --association-id "$CURRENT" --network-acl-id "$NACL_ID"
done

# @step flow-logs
if [ "$REGION" = "us-east-1" ]; then
  aws s3api create-bucket --bucket "$FLOW_LOGS_BUCKET"
else
  aws s3api create-bucket --bucket "$FLOW_LOGS_BUCKET" \
    --create-bucket-configuration "LocationConstraint=${REGION}"
fi
aws s3api put-public-access-block --bucket "$FLOW_LOGS_BUCKET" --public-access-block-configuration \
  BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true
aws ec2 create-flow-logs --resource-type VPC --resource-ids "$VPC_ID" --traffic-type ALL \
  --log-destination-type s3 --log-destination "arn:aws:s3:::${FLOW_LOGS_BUCKET}/vpc-flow-logs/" \
  --tag-specifications "$(tags vpc-flow-log nubelab-vpc-flow-logs)"

# @step verify
aws ec2 describe-subnets --filters "Name=vpc-id,Values=$VPC_ID" \
  --query 'Subnets[].[Tags[?Key==`Name`]|[0].Value,AvailabilityZone,CidrBlock]' --output table
aws ec2 describe-route-tables --filters "Name=vpc-id,Values=$VPC_ID" \
  --query 'RouteTables[].[Tags[?Key==`Name`]|[0].Value,join(`,`,Routes[].GatewayId)]' --output table
aws ec2 describe-network-acls --network-acl-ids "$NACL_ID" \
  --query 'NetworkAcls[0].Entries[].[Egress,RuleNumber,Protocol,PortRange.From,PortRange.To,CidrBlock,RuleAction]' \
  --output table
aws ec2 describe-flow-logs --filter "Name=resource-id,Values=$VPC_ID" \
  --query 'FlowLogs[].[FlowLogId,TrafficType,LogDestination,FlowLogStatus]' --output table
