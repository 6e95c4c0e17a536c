import { Aws, CfnOutput, Duration, RemovalPolicy, Stack, Validations, type StackProps } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as s3 from 'aws-cdk-lib/aws-s3';
import type { Construct } from 'constructs';
import { assertValidLearner } from './learner.ts';
import { AWS_PYTHON_313, PYTHON_VERSION_CONTEXT, resizeFunctionPackage, type PackageTarget } from './lambda-resize/package.ts';

const BUCKET_PREFIX = 'nubelab-images-';
/** S3 bucket names have at most 63 characters: prefix + learner + `-` + 12-digit account. */
export const LAMBDA_RESIZE_MAX_LEARNER = 63 - BUCKET_PREFIX.length - 1 - 12;

export interface LambdaResizeStackProps extends StackProps {
  learner: string;
  /** Which Python and platform the package's wheels are for; AWS's python3.13 on x86_64 by default. */
  packageTarget?: PackageTarget;
}

/**
 * Lab `lambda-resize`: a bucket whose uploads under input/ invoke a Python function that writes a
 * resized copy under output/. The role may read input/, write output/ and write its logs, nothing
 * more; S3 may invoke the function only for this bucket and account; and the trigger's prefix
 * keeps the function's own writes from invoking it again.
 */
export class LambdaResizeStack extends Stack {
  constructor(scope: Construct, id: string, props: LambdaResizeStackProps) {
    super(scope, id, props);
    assertValidLearner(props.learner, LAMBDA_RESIZE_MAX_LEARNER);

    const bucketName = `${BUCKET_PREFIX}${props.learner}-${Aws.ACCOUNT_ID}`;
    // The ARN is spelled out rather than taken from the bucket: the bucket's trigger depends on
    // the permission, and the permission on this ARN, so a reference would make a cycle.
    const bucketArn = `arn:${Aws.PARTITION}:s3:::${bucketName}`;

    const role = new iam.Role(this, 'ResizeRole', {
      roleName: `nubelab-image-resize-role-${props.learner}`,
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: 'nubelab-image-resize: reads input/, writes output/, writes its logs',
      managedPolicies: [iam.ManagedPolicy.fromAwsManagedPolicyName('service-role/AWSLambdaBasicExecutionRole')],
      inlinePolicies: {
        'resize-s3': new iam.PolicyDocument({
          statements: [
            new iam.PolicyStatement({ sid: 'ReadInput', actions: ['s3:GetObject'], resources: [`${bucketArn}/input/*`] }),
            new iam.PolicyStatement({ sid: 'WriteOutput', actions: ['s3:PutObject'], resources: [`${bucketArn}/output/*`] }),
          ],
        }),
      },
    });

    const fn = new lambda.Function(this, 'ResizeFunction', {
      functionName: `nubelab-image-resize-${props.learner}`,
      description: 'Resizes photos created under input/ into output/',
      runtime: lambda.Runtime.PYTHON_3_13,
      architecture: lambda.Architecture.X86_64,
      handler: 'lambda_function.lambda_handler',
      code: lambda.Code.fromAsset(resizeFunctionPackage(this.packageTarget(props))),
      role,
      timeout: Duration.seconds(30),
      memorySize: 512,
      environment: { MAX_SIZE: '800' },
    });

    // The log group Lambda writes to, created by the stack (cdk.json's useCdkManagedLogGroup) so
    // that it has a retention and goes away with the lab instead of growing forever.
    const logGroup = fn.node.findChild('LogGroup').node.defaultChild as logs.CfnLogGroup;
    logGroup.retentionInDays = logs.RetentionDays.ONE_WEEK;
    logGroup.applyRemovalPolicy(RemovalPolicy.DESTROY);

    // What `aws lambda add-permission --source-arn --source-account` creates.
    const permission = new lambda.CfnPermission(this, 'S3InvokesResize', {
      action: 'lambda:InvokeFunction',
      functionName: fn.functionArn,
      principal: 's3.amazonaws.com',
      sourceArn: bucketArn,
      sourceAccount: Aws.ACCOUNT_ID,
    });

    const bucket = new s3.Bucket(this, 'PhotosBucket', {
      bucketName,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      encryption: s3.BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      // Emptied by NubeLab's destroy; `autoDeleteObjects` would add a Lambda-backed custom resource.
      removalPolicy: RemovalPolicy.DESTROY,
    });
    // The trigger at CloudFormation level: `bucket.addEventNotification` would add a custom
    // resource backed by another Lambda function. S3 checks the permission when the trigger is
    // saved, hence the explicit order.
    const cfnBucket = bucket.node.defaultChild as s3.CfnBucket;
    cfnBucket.notificationConfiguration = {
      lambdaConfigurations: [{
        event: 's3:ObjectCreated:*',
        function: fn.functionArn,
        filter: { s3Key: { rules: [{ name: 'prefix', value: 'input/' }] } },
      }],
    };
    cfnBucket.node.addDependency(permission);

    Validations.of(bucket).acknowledge({
      id: 'AwsSolutions-S1',
      reason: 'Server access logs need a second, dedicated bucket; this lab builds one bucket of sample photos.',
    });
    Validations.of(role).acknowledge({
      id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
      reason: 'The lesson teaches AWS\'s managed policy for a function\'s logs; it grants only CreateLogGroup, CreateLogStream and PutLogEvents.',
    });
    for (const keys of ['input/*', 'output/*']) {
      Validations.of(role).acknowledge({
        id: `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:s3:::${BUCKET_PREFIX}${props.learner}-<AWS::AccountId>/${keys}]`,
        reason: `Object keys need a wildcard: any photo under ${keys.slice(0, -1)} of the one photos bucket.`,
      });
    }
    Validations.of(fn).acknowledge({
      id: 'AwsSolutions-L1',
      reason: 'The lesson uses python3.13, supported by Lambda until 2029; python3.14 is newer but the emulator\'s machines run 3.13.',
    });

    new CfnOutput(this, 'BucketName', { value: bucket.bucketName, description: 'Upload photos under input/ of this bucket' });
    new CfnOutput(this, 'FunctionName', { value: fn.functionName, description: 'The resizing function' });
  }

  /** AWS's python3.13 on x86_64, unless the props or the deploy's context name another Python. */
  private packageTarget(props: LambdaResizeStackProps): PackageTarget {
    const python = this.node.tryGetContext(PYTHON_VERSION_CONTEXT) as string | undefined;
    return props.packageTarget ?? (python ? { ...AWS_PYTHON_313, pythonVersion: python } : AWS_PYTHON_313);
  }
}
