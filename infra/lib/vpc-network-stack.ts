import { CfnOutput, Fn, RemovalPolicy, Stack, Validations, type StackProps } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as s3 from 'aws-cdk-lib/aws-s3';
import type { Construct } from 'constructs';
import { assertValidLearner } from './learner.ts';

/**
 * Nothing here is named after the learner except the VPC's Name tag (256 characters): the limit
 * is the stack name's, `NubeLab-vpc-network-<learner>` within CloudFormation's 128 characters.
 */
export const VPC_NETWORK_MAX_LEARNER = 128 - 'NubeLab-vpc-network-'.length;

export interface VpcNetworkStackProps extends StackProps {
  learner: string;
}

/** Web traffic the public subnets accept: HTTP and HTTPS. */
const WEB_PORTS = [80, 443];
/** Where replies to connections the subnet opened come back: every client OS picks from 1024-65535. */
const EPHEMERAL = { from: 1024, to: 65535 };

/**
 * Lab `vpc-network`: a /16 VPC with a public and a private subnet in each of two Availability
 * Zones. The public subnets route 0.0.0.0/0 to an internet gateway and sit behind a network ACL
 * that lets in web traffic and the replies to their own connections, nothing else; the private
 * subnets have no route out. Flow logs record every flow to an S3 prefix. Nothing here costs
 * money while idle: no NAT gateway, no public IPv4 address, flow logs bill only for traffic.
 */
export class VpcNetworkStack extends Stack {
  readonly vpc: ec2.Vpc;

  constructor(scope: Construct, id: string, props: VpcNetworkStackProps) {
    super(scope, id, props);
    assertValidLearner(props.learner, VPC_NETWORK_MAX_LEARNER);

    this.vpc = new ec2.Vpc(this, 'Vpc', {
      vpcName: `nubelab-vpc-${props.learner}`,
      ipAddresses: ec2.IpAddresses.cidr('10.0.0.0/16'),
      maxAzs: 2,
      // A NAT gateway bills by the hour: the private subnets stay without a route out.
      natGateways: 0,
      subnetConfiguration: [
        // No automatic public IPv4: each one is billed; instances that need one ask for it.
        { name: 'public', subnetType: ec2.SubnetType.PUBLIC, cidrMask: 24, mapPublicIpOnLaunch: false },
        { name: 'private', subnetType: ec2.SubnetType.PRIVATE_ISOLATED, cidrMask: 24 },
      ],
      // Otherwise CDK adds a Lambda-backed custom resource to empty the default security group,
      // which emulators cannot run. No instance uses the default group in this lab.
      restrictDefaultSecurityGroup: false,
    });

    this.addPublicNetworkAcl();
    this.addFlowLogs();

    new CfnOutput(this, 'VpcId', { value: this.vpc.vpcId, description: 'The lab VPC' });
  }

  /**
   * Fn::GetAZs: the template takes the region's first two zones when it is deployed, so one
   * template serves every region and no context lookup is needed at synth time.
   */
  override get availabilityZones(): string[] {
    return [Fn.select(0, Fn.getAzs()), Fn.select(1, Fn.getAzs())];
  }

  /** Stateless filtering at the edge of the public subnets: every allowed reply needs its own rule. */
  private addPublicNetworkAcl(): void {
    const acl = new ec2.NetworkAcl(this, 'PublicNetworkAcl', {
      vpc: this.vpc,
      networkAclName: 'nubelab-public-web',
      subnetSelection: { subnetType: ec2.SubnetType.PUBLIC },
    });
    const anywhere = ec2.AclCidr.anyIpv4();
    WEB_PORTS.forEach((port, i) => {
      acl.addEntry(`InboundWeb${port}`, {
        ruleNumber: 100 + i * 10,
        cidr: anywhere,
        traffic: ec2.AclTraffic.tcpPort(port),
        direction: ec2.TrafficDirection.INGRESS,
        ruleAction: ec2.Action.ALLOW,
      });
    });
    // Replies to what the subnet's own instances asked for (updates, APIs) come back to high ports.
    acl.addEntry('InboundReplies', {
      ruleNumber: 200,
      cidr: anywhere,
      traffic: ec2.AclTraffic.tcpPortRange(EPHEMERAL.from, EPHEMERAL.to),
      direction: ec2.TrafficDirection.INGRESS,
      ruleAction: ec2.Action.ALLOW,
    });
    // Outbound: replies to web clients leave for their ephemeral ports; the subnet's own HTTP(S) requests go out.
    acl.addEntry('OutboundReplies', {
      ruleNumber: 100,
      cidr: anywhere,
      traffic: ec2.AclTraffic.tcpPortRange(EPHEMERAL.from, EPHEMERAL.to),
      direction: ec2.TrafficDirection.EGRESS,
      ruleAction: ec2.Action.ALLOW,
    });
    WEB_PORTS.forEach((port, i) => {
      acl.addEntry(`OutboundWeb${port}`, {
        ruleNumber: 200 + i * 10,
        cidr: anywhere,
        traffic: ec2.AclTraffic.tcpPort(port),
        direction: ec2.TrafficDirection.EGRESS,
        ruleAction: ec2.Action.ALLOW,
      });
    });
    Validations.of(acl).acknowledge({
      id: 'AwsSolutions-VPC3',
      reason: 'The lab is about network ACLs: this one shows that stateless filtering needs explicit rules for the ephemeral reply ports.',
    });
  }

  /** Every accepted and rejected flow, to a private bucket under vpc-flow-logs/. */
  private addFlowLogs(): void {
    const bucket = new s3.Bucket(this, 'FlowLogsBucket', {
      encryption: s3.BucketEncryption.S3_MANAGED,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      enforceSSL: true,
      // Lab resources must be removable; NubeLab's destroy empties the bucket first.
      removalPolicy: RemovalPolicy.DESTROY,
    });
    this.vpc.addFlowLog('FlowLog', {
      destination: ec2.FlowLogDestination.toS3(bucket, 'vpc-flow-logs/'),
      trafficType: ec2.FlowLogTrafficType.ALL,
    });
    Validations.of(bucket).acknowledge({
      id: 'AwsSolutions-S1',
      reason: 'This bucket only receives VPC flow logs; logging access to it would need a second bucket, and the lab keeps to one.',
    });
  }
}
