import { Aws, CfnOutput, Stack, Validations, type StackProps } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type { Construct } from 'constructs';
import { assertValidLearner } from './learner.ts';

/** The user is named after the learner, and IAM user names have at most 64 characters. */
export const IAM_USERS_MAX_LEARNER = 64;

export interface IamUsersStackProps extends StackProps {
  learner: string;
}

/**
 * Lab `iam-users`: the person who operates EC2. A group holds the lesson's EC2 operator policy and
 * the user gets it by being a member; nothing is attached to the user. The user's console password,
 * MFA device and the account password policy have no CloudFormation resource (or none without a
 * secret in the template): the lab's setup step (labs/iam-users/setup.ts) adds them after deploy.
 */
export class IamUsersStack extends Stack {
  readonly group: iam.Group;
  readonly user: iam.User;

  constructor(scope: Construct, id: string, props: IamUsersStackProps) {
    super(scope, id, props);
    assertValidLearner(props.learner, IAM_USERS_MAX_LEARNER);

    this.group = new iam.Group(this, 'Ec2Operators', { groupName: `ec2-operators-${props.learner}` });

    // The lesson's own policy: see every EC2 resource, start, stop and reboot only the project's
    // instances (tagged Project=taxi). No terminate, no security groups, no IAM.
    const policy = new iam.ManagedPolicy(this, 'Ec2OperatorPolicy', {
      managedPolicyName: `ec2-operator-${props.learner}`,
      description: 'Look at EC2; start, stop and reboot only the instances tagged Project=taxi',
      groups: [this.group],
      statements: [
        new iam.PolicyStatement({ sid: 'SeeEverything', actions: ['ec2:Describe*'], resources: ['*'] }),
        new iam.PolicyStatement({
          sid: 'OperateTaxiInstances',
          actions: ['ec2:StartInstances', 'ec2:StopInstances', 'ec2:RebootInstances'],
          resources: [`arn:${Aws.PARTITION}:ec2:*:${Aws.ACCOUNT_ID}:instance/*`],
          conditions: { StringEquals: { 'aws:ResourceTag/Project': 'taxi' } },
        }),
      ],
    });

    // Permissions come from the group only: no policy on the user, and no password in the template.
    this.user = new iam.User(this, 'Operator', { userName: props.learner, groups: [this.group] });

    // cdk-nag (AwsSolutions-IAM5) flags every wildcard; each one below is what the lesson means,
    // acknowledged by its exact text so that a new wildcard would still be flagged.
    const wildcards: [string, string][] = [
      ['Action::ec2:Describe*', 'Describe calls only read; an operator needs to see every instance, volume and network to do the job.'],
      ['Resource::*', 'EC2 Describe actions do not support resource-level permissions: IAM requires Resource "*" for them.'],
      [
        'Resource::arn:<AWS::Partition>:ec2:*:<AWS::AccountId>:instance/*',
        'Any instance of this account, narrowed by the aws:ResourceTag/Project = taxi condition to the project instances.',
      ],
    ];
    for (const [finding, reason] of wildcards) Validations.of(policy).acknowledge({ id: `AwsSolutions-IAM5[${finding}]`, reason });

    new CfnOutput(this, 'GroupName', { value: this.group.groupName, description: 'The EC2 operators group' });
    new CfnOutput(this, 'UserName', { value: this.user.userName, description: 'The operator; sign-in password and MFA are added after deploy' });
  }
}
