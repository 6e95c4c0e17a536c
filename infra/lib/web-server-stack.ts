import { readFileSync } from 'node:fs';
import { CfnOutput, Fn, Stack, Tags, Validations, type StackProps } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import type { Construct } from 'constructs';
import { AL2023_PARAMETER } from './ec2-instance-stack.ts';
import { IAM_ROLE_MAX_LEARNER } from './iam-role-stack.ts';
import { assertValidLearner } from './learner.ts';

/** The instance profile comes from the iam-role lab (de-s3access-<learner>): its name sets the limit. */
export const WEB_SERVER_MAX_LEARNER = IAM_ROLE_MAX_LEARNER;

/** The lab's user data: installs the lesson's Flask app and runs it as a systemd service on port 5000. */
export const WEB_USER_DATA = readFileSync(new URL('../../labs/web-server/user-data.sh', import.meta.url), 'utf8');

export interface WebServerStackProps extends StackProps {
  learner: string;
}

/**
 * Lab `web-server`: the taxi-fare Flask app on two t3.micro instances of the default VPC, one in
 * each of the region's first two Availability Zones (Fn::GetAZs), behind the nubelab-web-sg group
 * (HTTP and HTTPS from anywhere, Flask's 5000, no SSH). Amazon Linux 2023 from the public SSM
 * parameter, the iam-role lab's de-s3access-<learner> profile, IMDSv2 required by a launch template,
 * and labs/web-server/user-data.sh as user data.
 *
 * CloudFormation-level constructs: the L2 `Instance` needs a `Vpc` object (a context lookup of the
 * default VPC at synth time); `CfnInstance` with an AvailabilityZone lands in that zone's default subnet.
 *
 * Costs while it exists: two instances by the hour while running, their volumes per GB-month and
 * the two public IPv4 addresses the default subnets give them.
 */
export class WebServerStack extends Stack {
  constructor(scope: Construct, id: string, props: WebServerStackProps) {
    super(scope, id, props);
    assertValidLearner(props.learner, WEB_SERVER_MAX_LEARNER);

    const group = new ec2.CfnSecurityGroup(this, 'WebSecurityGroup', {
      groupName: `nubelab-web-sg-${props.learner}`,
      groupDescription: 'Web tier: HTTP, HTTPS and the Flask port; no SSH',
      securityGroupIngress: [
        { ipProtocol: 'tcp', fromPort: 80, toPort: 80, cidrIp: '0.0.0.0/0', description: 'HTTP' },
        { ipProtocol: 'tcp', fromPort: 443, toPort: 443, cidrIp: '0.0.0.0/0', description: 'HTTPS' },
        { ipProtocol: 'tcp', fromPort: 5000, toPort: 5000, cidrIp: '0.0.0.0/0', description: 'Flask' },
      ],
    });
    Validations.of(group).acknowledge(
      { id: 'AwsSolutions-EC23', reason: 'A public web tier: HTTP and HTTPS must reach it from the whole internet, and the lesson reaches Flask on 5000 directly before a load balancer exists.' },
    );

    // AWS::EC2::Instance has no metadata options: a launch template carries them.
    const template = new ec2.CfnLaunchTemplate(this, 'MetadataTemplate', {
      launchTemplateName: `nubelab-web-${props.learner}`,
      launchTemplateData: { metadataOptions: { httpTokens: 'required', httpEndpoint: 'enabled' } },
    });

    const image = ec2.MachineImage.fromSsmParameter(AL2023_PARAMETER).getImage(this);
    const instances = [1, 2].map((n) => {
      const instance = new ec2.CfnInstance(this, `WebServer${n}`, {
        imageId: image.imageId,
        instanceType: 't3.micro',
        availabilityZone: Fn.select(n - 1, Fn.getAzs()),
        iamInstanceProfile: `de-s3access-${props.learner}`,
        securityGroupIds: [group.attrGroupId],
        launchTemplate: { launchTemplateId: template.ref, version: template.attrLatestVersionNumber },
        userData: Fn.base64(WEB_USER_DATA),
        blockDeviceMappings: [{ deviceName: '/dev/xvda', ebs: { volumeSize: 16, volumeType: 'gp3', encrypted: true } }],
      });
      Tags.of(instance).add('Name', `nubelab-web-${n}-${props.learner}`);
      Validations.of(instance).acknowledge(
        { id: 'AwsSolutions-EC28', reason: 'A lab web server that lives for one lesson: the free five-minute metrics are enough, detailed monitoring would bill for metrics nobody reads.' },
        { id: 'AwsSolutions-EC29', reason: 'The lesson terminates both servers at its end; termination protection or an Auto Scaling group would get in the way of that cleanup.' },
      );
      new CfnOutput(this, `WebServer${n}Id`, { value: instance.ref, description: `Web server ${n}` });
      return instance;
    });
    void instances;
    new CfnOutput(this, 'SecurityGroupId', { value: group.attrGroupId, description: 'The web tier security group' });
  }
}
