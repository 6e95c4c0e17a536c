import { LAB_TAG, LEARNER_TAG } from './owner-tags.ts';
import { Tags, type Environment, type Stack } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { AthenaQueriesStack } from './athena-queries-stack.ts';
import { BiDashboardStack } from './bi-dashboard-stack.ts';
import { DataLakeStack } from './data-lake-stack.ts';
import { DynamodbTableStack } from './dynamodb-table-stack.ts';
import { Ec2InstanceStack } from './ec2-instance-stack.ts';
import { Ec2RoleS3DynamodbStack } from './ec2-role-s3-dynamodb-stack.ts';
import { GlueCatalogStack } from './glue-catalog-stack.ts';
import { IamRoleStack } from './iam-role-stack.ts';
import { IamUsersStack } from './iam-users-stack.ts';
import { KmsKeyStack } from './kms-key-stack.ts';
import { LambdaResizeStack } from './lambda-resize-stack.ts';
import { MlEndpointStack } from './ml-endpoint-stack.ts';
import { S3BucketStack } from './s3-bucket-stack.ts';
import { WebServerStack } from './web-server-stack.ts';
import { VpcNetworkStack } from './vpc-network-stack.ts';

export interface LabStackProps {
  learner: string;
  env?: Environment;
}

/** The reference solution of one lab: how to build its stack. (What data it needs is the lab's own fact, in labs/.) */
export interface LabStack {
  labId: string;
  /**
   * Python runtimes whose packages the stack builds with compiled wheels: a deploy to the emulator
   * passes the Python version it runs them on (context PYTHON_VERSION_CONTEXT).
   */
  pythonRuntimes?: readonly string[];
  create(scope: Construct, stackName: string, props: LabStackProps): Stack;
}

/** Every lab's reference stack, keyed by lab id. Listed by hand, like labs/index.ts. */
export const LAB_STACKS: readonly LabStack[] = [
  {
    labId: 's3-bucket',
    create: (scope, stackName, props) => new S3BucketStack(scope, stackName, props),
  },
  {
    labId: 'iam-role',
    create: (scope, stackName, props) => new IamRoleStack(scope, stackName, props),
  },
  {
    labId: 'ec2-instance',
    create: (scope, stackName, props) => new Ec2InstanceStack(scope, stackName, props),
  },
  {
    labId: 'web-server',
    create: (scope, stackName, props) => new WebServerStack(scope, stackName, props),
  },
  {
    labId: 'ec2-role-s3-dynamodb',
    create: (scope, stackName, props) => new Ec2RoleS3DynamodbStack(scope, stackName, props),
  },
  {
    labId: 'iam-users',
    create: (scope, stackName, props) => new IamUsersStack(scope, stackName, props),
  },
  {
    labId: 'lambda-resize',
    pythonRuntimes: ['python3.13'],
    create: (scope, stackName, props) => new LambdaResizeStack(scope, stackName, props),
  },
  {
    labId: 'dynamodb-table',
    create: (scope, stackName, props) => new DynamodbTableStack(scope, stackName, props),
  },
  {
    labId: 'glue-catalog',
    create: (scope, stackName, props) => new GlueCatalogStack(scope, stackName, props),
  },
  {
    labId: 'data-lake',
    create: (scope, stackName, props) => new DataLakeStack(scope, stackName, props),
  },
  {
    labId: 'kms-key',
    create: (scope, stackName, props) => new KmsKeyStack(scope, stackName, props),
  },
  {
    labId: 'athena-queries',
    create: (scope, stackName, props) => new AthenaQueriesStack(scope, stackName, props),
  },
  {
    labId: 'bi-dashboard',
    create: (scope, stackName, props) => new BiDashboardStack(scope, stackName, props),
  },
  {
    labId: 'ml-endpoint',
    create: (scope, stackName, props) => new MlEndpointStack(scope, stackName, props),
  },
  {
    labId: 'vpc-network',
    create: (scope, stackName, props) => new VpcNetworkStack(scope, stackName, props),
  },
];

/** Tags every deployed resource carries; NubeLab's emulator deploy uses them to recognise its own resources. */
export { LAB_TAG, LEARNER_TAG };

export function findLabStack(labId: string): LabStack | undefined {
  return LAB_STACKS.find((lab) => lab.labId === labId);
}

/** One stack per lab and learner, so two learners can deploy the same lab side by side. */
export function labStackName(labId: string, learner: string): string {
  return `NubeLab-${labId}-${learner}`;
}

/** Creates the stack of one lab for one learner, tagged so its resources can be traced back. */
export function addLabStack(scope: Construct, lab: LabStack, props: LabStackProps): Stack {
  const stack = lab.create(scope, labStackName(lab.labId, props.learner), props);
  Tags.of(stack).add(LAB_TAG, lab.labId);
  Tags.of(stack).add(LEARNER_TAG, props.learner);
  return stack;
}
