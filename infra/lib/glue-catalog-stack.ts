import { Aws, CfnOutput, Stack, Validations, type StackProps } from 'aws-cdk-lib';
import * as glue from 'aws-cdk-lib/aws-glue';
import * as iam from 'aws-cdk-lib/aws-iam';
import type { Construct } from 'constructs';
import { assertValidLearner } from './learner.ts';

const BUCKET_PREFIX = 'taxis-datalake-';
/** The data-lake bucket's name bounds the learner: prefix + learner + `-` + 12-digit account ≤ 63. */
export const GLUE_CATALOG_MAX_LEARNER = 63 - BUCKET_PREFIX.length - 1 - 12;
/** Where the job's script lives in the data lake; the lab seeds it there after deploying. */
export const SCRIPT_KEY = 'scripts/raw_to_parquet.py';

export interface GlueCatalogStackProps extends StackProps {
  learner: string;
}

/**
 * Lab `glue-catalog`: Glue's service role, the taxis database, a crawler over raw/ of the s3-bucket
 * lab's data lake, and a Python shell job that cleans the trips with pandas into processed/. The
 * role trusts Glue alone, carries AWSGlueServiceRole, and may read raw/ and scripts/ and write
 * processed/ of the one bucket. Running the crawler and the job is the lab's setup, after deploy.
 */
export class GlueCatalogStack extends Stack {
  constructor(scope: Construct, id: string, props: GlueCatalogStackProps) {
    super(scope, id, props);
    assertValidLearner(props.learner, GLUE_CATALOG_MAX_LEARNER);

    // The bucket of the s3-bucket lab, named by the same rule.
    const bucketName = `${BUCKET_PREFIX}${props.learner}-${Aws.ACCOUNT_ID}`;
    const bucketArn = `arn:${Aws.PARTITION}:s3:::${bucketName}`;
    // Glue database names: lower case and underscores, which Athena reads without quotes.
    const databaseName = `taxis_${props.learner.replace(/-/g, '_')}`;

    const role = new iam.Role(this, 'GlueServiceRole', {
      roleName: `TaxisGlueServiceRole-${props.learner}`,
      assumedBy: new iam.ServicePrincipal('glue.amazonaws.com'),
      description: 'Glue crawlers and jobs of the taxi project',
      managedPolicies: [iam.ManagedPolicy.fromAwsManagedPolicyName('service-role/AWSGlueServiceRole')],
    });
    // A customer managed policy, as the service-roles lesson builds it: reviewable on its own.
    const dataLake = new iam.ManagedPolicy(this, 'DataLakeAccess', {
      managedPolicyName: `TaxisGlueDataLakeAccess-${props.learner}`,
      description: 'List the taxi data lake, read raw/ and scripts/, write processed/',
      roles: [role],
      statements: [
        new iam.PolicyStatement({ sid: 'ListDataLake', actions: ['s3:ListBucket'], resources: [bucketArn] }),
        new iam.PolicyStatement({ sid: 'ReadRawAndScripts', actions: ['s3:GetObject'], resources: [`${bucketArn}/raw/*`, `${bucketArn}/scripts/*`] }),
        new iam.PolicyStatement({ sid: 'WriteProcessed', actions: ['s3:GetObject', 's3:PutObject', 's3:DeleteObject'], resources: [`${bucketArn}/processed/*`] }),
      ],
    });

    const database = new glue.CfnDatabase(this, 'TaxisDatabase', {
      catalogId: Aws.ACCOUNT_ID,
      databaseInput: { name: databaseName, description: 'NYC taxi data lake' },
    });

    const crawler = new glue.CfnCrawler(this, 'RawCrawler', {
      name: `taxis-raw-crawler-${props.learner}`,
      role: role.roleArn,
      databaseName,
      targets: { s3Targets: [{ path: `s3://${bucketName}/raw/` }] },
      schemaChangePolicy: { updateBehavior: 'UPDATE_IN_DATABASE', deleteBehavior: 'LOG' },
    });
    crawler.node.addDependency(database);
    // The crawler reads raw/ with the role's policies as soon as it runs.
    crawler.node.addDependency(dataLake);

    const job = new glue.CfnJob(this, 'RawToParquetJob', {
      name: `taxis-raw-to-parquet-${props.learner}`,
      role: role.roleArn,
      description: 'Cleans the raw taxi trips with pandas and writes Parquet under processed/',
      command: { name: 'pythonshell', pythonVersion: '3.9', scriptLocation: `s3://${bucketName}/${SCRIPT_KEY}` },
      // Python shell jobs run on 1/16 DPU or 1 DPU; the sample needs the smaller one.
      maxCapacity: 0.0625,
      timeout: 10,
      maxRetries: 0,
      defaultArguments: { '--BUCKET': bucketName, 'library-set': 'analytics' },
    });
    job.node.addDependency(dataLake);

    Validations.of(role).acknowledge({
      id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSGlueServiceRole]',
      reason: 'The lesson teaches AWS\'s managed policy for Glue\'s own work (logs, catalog, network interfaces); the data-lake access is a separate, scoped policy.',
    });
    for (const keys of ['raw/*', 'scripts/*', 'processed/*']) {
      Validations.of(dataLake).acknowledge({
        id: `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:s3:::${BUCKET_PREFIX}${props.learner}-<AWS::AccountId>/${keys}]`,
        reason: `Object keys need a wildcard: any object under ${keys.slice(0, -1)} of the one data-lake bucket.`,
      });
    }
    for (const [construct, rule] of [[crawler, 'AwsSolutions-GL1'], [job, 'AwsSolutions-GL1'], [job, 'AwsSolutions-GL3']] as const) {
      Validations.of(construct).acknowledge({
        id: rule,
        reason: 'A Glue security configuration needs a customer managed KMS key, which the KMS lesson introduces; this lab\'s logs and sample data hold no personal data.',
      });
    }

    new CfnOutput(this, 'BucketName', { value: bucketName, description: 'The data lake the crawler reads and the job writes' });
    new CfnOutput(this, 'DatabaseName', { value: databaseName, description: 'The Glue database of the taxi tables' });
    new CfnOutput(this, 'CrawlerName', { value: crawler.ref, description: 'Crawls raw/ into the database' });
    new CfnOutput(this, 'JobName', { value: job.ref, description: 'Writes processed/trips/trips.parquet' });
  }
}
