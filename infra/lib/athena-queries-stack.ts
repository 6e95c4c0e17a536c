import { Aws, CfnOutput, Duration, RemovalPolicy, Stack, Validations, type StackProps } from 'aws-cdk-lib';
import * as athena from 'aws-cdk-lib/aws-athena';
import * as s3 from 'aws-cdk-lib/aws-s3';
import type { Construct } from 'constructs';
import { assertValidLearner } from './learner.ts';

const RESULTS_PREFIX = 'taxis-athena-results-';
/** S3 bucket names have at most 63 characters: prefix + learner + `-` + 12-digit account. */
export const ATHENA_QUERIES_MAX_LEARNER = 63 - RESULTS_PREFIX.length - 1 - 12;
/** Results are working files: a week is enough to download or re-read them. */
export const RESULTS_EXPIRE_DAYS = 7;
/** The most a single query may scan before Athena cancels it (1 GiB): a seat belt for the bill. */
export const BYTES_SCANNED_CUTOFF = 1024 ** 3;

export interface AthenaQueriesStackProps extends StackProps {
  learner: string;
}

/**
 * Lab `athena-queries`: a bucket for Athena's results, apart from the data lake, and the `taxis`
 * workgroup that sends every query's results there, encrypted, whatever the client asks.
 *
 * The table over processed/ and the lesson's query are not here: CloudFormation cannot run a
 * query, and the lesson teaches the table as Athena DDL. The lab's setup (labs/athena-queries/
 * setup.ts) runs CREATE EXTERNAL TABLE and the query in this workgroup after the deploy, and drops
 * the table before a destroy.
 */
export class AthenaQueriesStack extends Stack {
  constructor(scope: Construct, id: string, props: AthenaQueriesStackProps) {
    super(scope, id, props);
    assertValidLearner(props.learner, ATHENA_QUERIES_MAX_LEARNER);

    const results = new s3.Bucket(this, 'ResultsBucket', {
      bucketName: `${RESULTS_PREFIX}${props.learner}-${Aws.ACCOUNT_ID}`,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      encryption: s3.BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      // Results pile up with every query; nobody needs last month's.
      lifecycleRules: [{ id: 'expire-results', expiration: Duration.days(RESULTS_EXPIRE_DAYS) }],
      // Emptied by NubeLab's destroy (no autoDeleteObjects: it adds a Lambda-backed custom resource).
      removalPolicy: RemovalPolicy.DESTROY,
    });
    Validations.of(results).acknowledge({
      id: 'AwsSolutions-S1',
      reason: 'Query results expire after a week and are re-created by running the query again; access logs would need a second bucket this lab does not build.',
    });

    const workGroup = new athena.CfnWorkGroup(this, 'TaxisWorkGroup', {
      name: `taxis-${props.learner}`,
      description: 'Taxi project queries: results encrypted in their own bucket, 1 GiB per query at most',
      state: 'ENABLED',
      // Deleting the workgroup also deletes its saved queries and history (the lab's destroy).
      recursiveDeleteOption: true,
      workGroupConfiguration: {
        // Override client-side settings: a client cannot send results elsewhere or unencrypted.
        enforceWorkGroupConfiguration: true,
        publishCloudWatchMetricsEnabled: true,
        bytesScannedCutoffPerQuery: BYTES_SCANNED_CUTOFF,
        resultConfiguration: {
          outputLocation: `s3://${results.bucketName}/`,
          encryptionConfiguration: { encryptionOption: 'SSE_S3' },
        },
      },
    });

    new CfnOutput(this, 'WorkGroupName', { value: workGroup.ref, description: 'Athena workgroup for the taxi queries' });
    new CfnOutput(this, 'ResultsBucketName', { value: results.bucketName, description: 'Bucket that holds the query results' });
  }
}
