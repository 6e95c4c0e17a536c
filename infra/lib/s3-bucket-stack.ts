import { Aws, CfnOutput, Duration, RemovalPolicy, Stack, Validations, type StackProps } from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import type { Construct } from 'constructs';
import { assertValidLearner } from './learner.ts';

/** `taxis-datalake-` + learner + `-` + 12-digit account id must fit S3's 63-character limit. */
export const S3_BUCKET_MAX_LEARNER = 63 - 'taxis-datalake-'.length - '-'.length - 12;

export interface S3BucketStackProps extends StackProps {
  /** Who the bucket belongs to: lowercase letters, digits and hyphens (part of the bucket name). */
  learner: string;
}

/**
 * Lab `s3-bucket`: the data-lake bucket of the taxi project, configured the way a production
 * bucket should be from day one: private, encrypted, versioned, reachable only over TLS, and
 * with a lifecycle that moves old raw data to cheaper storage.
 */
export class S3BucketStack extends Stack {
  /** The bucket, for stacks or tests that need to refer to it. */
  readonly bucket: s3.Bucket;

  constructor(scope: Construct, id: string, props: S3BucketStackProps) {
    super(scope, id, props);
    // Fail at synth time with a clear message rather than at deploy time with an S3 error.
    assertValidLearner(props.learner, S3_BUCKET_MAX_LEARNER);

    this.bucket = new s3.Bucket(this, 'DataLakeBucket', {
      // Bucket names are global across every AWS account. Adding the learner and the account id
      // keeps two learners (or two accounts) from colliding. Aws.ACCOUNT_ID is resolved by
      // CloudFormation at deploy time, so nothing account-specific is hard-coded here.
      bucketName: `taxis-datalake-${props.learner}-${Aws.ACCOUNT_ID}`,

      // "ACLs disabled": the bucket owner owns every object, whoever uploaded it, and access is
      // decided by policies only. ACLs are a legacy mechanism that is easy to get wrong.
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,

      // All four Block Public Access settings: no public ACL and no public bucket policy can be
      // added by mistake later. A data lake is never public.
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,

      // Keep every version of every object: an overwrite or a delete can be undone.
      versioned: true,

      // Encrypt at rest with keys S3 manages (SSE-S3). SSE-KMS would add key policies and cost
      // per request; SSE-S3 is enough for this project's data.
      encryption: s3.BucketEncryption.S3_MANAGED,

      // Adds a bucket policy that denies every request not made over HTTPS
      // (Condition aws:SecureTransport = false), on the bucket and on every object in it.
      enforceSSL: true,

      lifecycleRules: [
        {
          id: 'raw-to-infrequent-access',
          // Raw trip files are read when they arrive and rarely afterwards: after 30 days
          // (the minimum S3 allows for STANDARD_IA) move them to the cheaper class.
          prefix: 'raw/',
          transitions: [{ storageClass: s3.StorageClass.INFREQUENT_ACCESS, transitionAfter: Duration.days(30) }],
          // Versioning keeps old copies forever unless told otherwise: delete them 90 days after
          // they stop being the current version, so the undo window does not grow the bill.
          noncurrentVersionExpiration: Duration.days(90),
        },
      ],

      // A lab environment must be removable: `cdk destroy` deletes the bucket. (It must be empty
      // first; NubeLab's destroy empties it. We do not use `autoDeleteObjects`, which adds a
      // Lambda-backed custom resource that emulators cannot run.) A production data lake would
      // use RemovalPolicy.RETAIN.
      removalPolicy: RemovalPolicy.DESTROY,
    });

    // cdk-nag (AwsSolutions rules) checks this stack in the tests. A rule we knowingly do not
    // follow is acknowledged here, next to the resource, with the reason.
    Validations.of(this.bucket).acknowledge({
      id: 'AwsSolutions-S1',
      reason:
        'Server access logs must be delivered to a second, dedicated bucket, and this lab builds a single ' +
        'bucket. A production data lake should enable them (or CloudTrail S3 data events) to audit access.',
    });

    // `cdk deploy` prints the bucket's name; NubeLab's deploy reads it to upload the sample data.
    new CfnOutput(this, 'BucketName', {
      value: this.bucket.bucketName,
      description: 'Name of the taxi data-lake bucket',
    });
  }
}
