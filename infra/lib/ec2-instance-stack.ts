import { CfnOutput, Stack, Tags, Validations, type StackProps } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import type { Construct } from 'constructs';
import { IAM_ROLE_MAX_LEARNER } from './iam-role-stack.ts';
import { assertValidLearner } from './learner.ts';

/** The instance profile comes from the iam-role lab (de-s3access-<learner>): its name sets the limit. */
export const EC2_INSTANCE_MAX_LEARNER = IAM_ROLE_MAX_LEARNER;

/** `cdk deploy -c instanceConnectPrefixList=pl-…` opens SSH to EC2 Instance Connect (see the class comment). */
export const PREFIX_LIST_CONTEXT = 'instanceConnectPrefixList';

/** The public parameter whose value is the current Amazon Linux 2023 AMI (x86_64, default kernel) of the region. */
export const AL2023_PARAMETER = '/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64';

export interface Ec2InstanceStackProps extends StackProps {
  learner: string;
  /** The region's `com.amazonaws.<region>.ec2-instance-connect` list id; default: the context value, else no SSH rule. */
  instanceConnectPrefixList?: string;
}

/**
 * Lab `ec2-instance`: the data-engineer instance in the default VPC. Amazon Linux 2023 (the
 * current AMI, read from the public SSM parameter when the stack is deployed), t3.micro, the
 * iam-role lab's de-s3access-<learner> instance profile, IMDSv2 required, a 16 GiB gp3 root volume
 * encrypted with the aws/ebs key.
 *
 * CloudFormation-level constructs throughout: the L2 `Instance` needs a `Vpc` object (a context
 * lookup of the default VPC at synth time); `CfnInstance` without a subnet lands in the default
 * VPC. CloudFormation cannot look a managed prefix list up by name, so the SSH rule from EC2
 * Instance Connect's list needs its id (`aws ec2 describe-managed-prefix-lists`) as context;
 * without it the group has no inbound rule at all, which is the safest state.
 *
 * Costs while it exists: the instance by the hour while running, the volume per GB-month even
 * when stopped, and the public IPv4 address the default subnet gives it.
 */
export class Ec2InstanceStack extends Stack {
  constructor(scope: Construct, id: string, props: Ec2InstanceStackProps) {
    super(scope, id, props);
    assertValidLearner(props.learner, EC2_INSTANCE_MAX_LEARNER);
    const prefixList = props.instanceConnectPrefixList ?? (this.node.tryGetContext(PREFIX_LIST_CONTEXT) as string | undefined);

    const group = new ec2.CfnSecurityGroup(this, 'SecurityGroup', {
      groupName: `data-engineer-sg-${props.learner}`,
      groupDescription: prefixList ? 'data-engineer: SSH from EC2 Instance Connect only' : 'data-engineer: no inbound traffic',
      securityGroupIngress: prefixList
        ? [{ ipProtocol: 'tcp', fromPort: 22, toPort: 22, sourcePrefixListId: prefixList, description: 'EC2 Instance Connect' }]
        : [],
    });

    // AWS::EC2::Instance has no metadata options: a launch template carries them, as CDK's own
    // `requireImdsv2` does.
    const template = new ec2.CfnLaunchTemplate(this, 'MetadataTemplate', {
      launchTemplateName: `data-engineer-${props.learner}`,
      launchTemplateData: { metadataOptions: { httpTokens: 'required', httpEndpoint: 'enabled' } },
    });

    // The lesson's parameter. (CDK's latestAmazonLinux2023() reads al2023-ami-kernel-6.1-x86_64, an older kernel line.)
    const image = ec2.MachineImage.fromSsmParameter(AL2023_PARAMETER).getImage(this);
    const instance = new ec2.CfnInstance(this, 'Instance', {
      imageId: image.imageId,
      instanceType: 't3.micro',
      iamInstanceProfile: `de-s3access-${props.learner}`,
      securityGroupIds: [group.attrGroupId],
      launchTemplate: { launchTemplateId: template.ref, version: template.attrLatestVersionNumber },
      blockDeviceMappings: [{ deviceName: '/dev/xvda', ebs: { volumeSize: 16, volumeType: 'gp3', encrypted: true } }],
    });
    Tags.of(instance).add('Name', `data-engineer-${props.learner}`);

    Validations.of(instance).acknowledge(
      { id: 'AwsSolutions-EC28', reason: 'A one-person development machine: the free five-minute metrics are enough, detailed monitoring would bill for metrics nobody reads.' },
      { id: 'AwsSolutions-EC29', reason: 'The lesson terminates this instance at the end of the project; termination protection or an Auto Scaling group would get in the way of that cleanup.' },
    );

    new CfnOutput(this, 'InstanceId', { value: instance.ref, description: 'The data-engineer instance' });
    new CfnOutput(this, 'SecurityGroupId', { value: group.attrGroupId, description: 'Its security group' });
  }
}
