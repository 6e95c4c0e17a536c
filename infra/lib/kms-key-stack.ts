import { CfnOutput, Duration, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import type { Construct } from 'constructs';
import { assertValidLearner } from './learner.ts';

const BUCKET_PREFIX = 'taxis-datalake-';
/** The data-lake bucket's name bounds the learner: prefix + learner + `-` + 12-digit account ≤ 63. */
export const KMS_KEY_MAX_LEARNER = 63 - BUCKET_PREFIX.length - 1 - 12;
/** The alias: this prefix and the learner. The lab's setup and checks find the key by it. */
export const KEY_ALIAS_PREFIX = 'alias/taxis-datalake-';
/** KMS's shortest waiting period before it deletes a key: a destroyed reference costs nothing after a week. */
export const PENDING_WINDOW_DAYS = 7;

export interface KmsKeyStackProps extends StackProps {
  learner: string;
}

/**
 * Lab `kms-key`: a customer managed symmetric key for the taxi data lake, with its alias, yearly
 * automatic rotation and a key policy that only lets the account's IAM policies decide. The
 * data-lake bucket and its default encryption belong to the s3-bucket stack (a bucket has one),
 * so the lab's setup points that encryption at this key after deploy, with S3 Bucket Keys, and
 * puts SSE-S3 back before destroy.
 */
export class KmsKeyStack extends Stack {
  constructor(scope: Construct, id: string, props: KmsKeyStackProps) {
    super(scope, id, props);
    assertValidLearner(props.learner, KMS_KEY_MAX_LEARNER);

    // The same statement AWS puts in a new key's default policy: principal the account, which
    // gives nothing by itself and lets IAM policies grant the key. Nothing for "*" or other accounts.
    const policy = new iam.PolicyDocument({
      statements: [
        new iam.PolicyStatement({
          sid: 'EnableIAMPolicies',
          principals: [new iam.AccountRootPrincipal()],
          actions: ['kms:*'],
          resources: ['*'],
        }),
      ],
    });

    const key = new kms.Key(this, 'DataLakeKey', {
      description: 'Taxi data lake: default encryption of the data-lake bucket',
      alias: `${KEY_ALIAS_PREFIX}${props.learner}`,
      keySpec: kms.KeySpec.SYMMETRIC_DEFAULT,
      keyUsage: kms.KeyUsage.ENCRYPT_DECRYPT,
      enableKeyRotation: true,
      rotationPeriod: Duration.days(365),
      policy,
      pendingWindow: Duration.days(PENDING_WINDOW_DAYS),
      removalPolicy: RemovalPolicy.DESTROY,
    });

    new CfnOutput(this, 'KeyArn', { value: key.keyArn });
    new CfnOutput(this, 'KeyAlias', { value: `${KEY_ALIAS_PREFIX}${props.learner}` });
  }
}
