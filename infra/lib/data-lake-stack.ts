import { Aws, CfnOutput, Duration, RemovalPolicy, Stack, Validations, type StackProps } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { assertValidLearner } from './learner.ts';

const BUCKET_PREFIX = 'taxis-datalake-';
/** The data-lake bucket's name bounds the learner: prefix + learner + `-` + 12-digit account ≤ 63. */
export const DATA_LAKE_MAX_LEARNER = 63 - BUCKET_PREFIX.length - 1 - 12;
/** The function's name: this prefix and the learner. The lab's setup finds it by it. */
export const RAW_ARRIVALS_FUNCTION_PREFIX = 'taxis-raw-arrivals-';

/** What the function does with each S3 event: one JSON line per new raw object in its log. */
const HANDLER = `import json


def handler(event, context):
    records = event.get("Records", [])
    for record in records:
        s3 = record["s3"]
        # One JSON line per object: easy to search in CloudWatch Logs Insights.
        print(json.dumps({"event": record["eventName"], "bucket": s3["bucket"]["name"], "key": s3["object"]["key"], "size": s3["object"].get("size")}))
    return {"objects": len(records)}
`;

export interface DataLakeStackProps extends StackProps {
  learner: string;
}

/**
 * Lab `data-lake`: the function that reacts to new objects under raw/ of the s3-bucket lab's data
 * lake, and S3's permission to invoke it for that bucket and account only. The bucket policy and
 * the bucket's notification belong to the s3-bucket stack's bucket (one of each per bucket), so
 * the lab's setup adds the Glue statements and the trigger to them after this stack is deployed
 * (and removes exactly those before it is destroyed): CloudFormation cannot own part of a
 * resource of another stack, and CDK's helpers for it add Lambda-backed custom resources.
 */
export class DataLakeStack extends Stack {
  constructor(scope: Construct, id: string, props: DataLakeStackProps) {
    super(scope, id, props);
    assertValidLearner(props.learner, DATA_LAKE_MAX_LEARNER);

    const bucketArn = `arn:${Aws.PARTITION}:s3:::${BUCKET_PREFIX}${props.learner}-${Aws.ACCOUNT_ID}`;

    const role = new iam.Role(this, 'RawArrivalsRole', {
      roleName: `taxis-raw-arrivals-role-${props.learner}`,
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: 'taxis-raw-arrivals: writes its own logs, nothing else',
      managedPolicies: [iam.ManagedPolicy.fromAwsManagedPolicyName('service-role/AWSLambdaBasicExecutionRole')],
    });

    const fn = new lambda.Function(this, 'RawArrivalsFunction', {
      functionName: `${RAW_ARRIVALS_FUNCTION_PREFIX}${props.learner}`,
      description: 'Logs every new object under raw/ of the taxi data lake',
      runtime: lambda.Runtime.PYTHON_3_13,
      architecture: lambda.Architecture.ARM_64,
      handler: 'index.handler',
      // Inline code (CloudFormation's ZipFile): a few lines with no dependencies need no asset.
      code: lambda.Code.fromInline(HANDLER),
      role,
      timeout: Duration.seconds(10),
      memorySize: 128,
    });

    // The log group, created by the stack (cdk.json's useCdkManagedLogGroup) with a retention.
    const logGroup = fn.node.findChild('LogGroup').node.defaultChild as logs.CfnLogGroup;
    logGroup.retentionInDays = logs.RetentionDays.ONE_WEEK;
    logGroup.applyRemovalPolicy(RemovalPolicy.DESTROY);

    // What `aws lambda add-permission --source-arn --source-account` creates: only this bucket,
    // in this account, may invoke the function (bucket names can be reused by other accounts).
    new lambda.CfnPermission(this, 'S3InvokesRawArrivals', {
      action: 'lambda:InvokeFunction',
      functionName: fn.functionArn,
      principal: 's3.amazonaws.com',
      sourceArn: bucketArn,
      sourceAccount: Aws.ACCOUNT_ID,
    });

    Validations.of(role).acknowledge({
      id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
      reason: 'AWS\'s managed policy for a function\'s logs; it grants only CreateLogGroup, CreateLogStream and PutLogEvents.',
    });
    Validations.of(fn).acknowledge({
      id: 'AwsSolutions-L1',
      reason: 'python3.13, supported by Lambda until 2029, is the Python the emulator\'s machines run; python3.14 is newer.',
    });

    new CfnOutput(this, 'FunctionName', { value: fn.functionName, description: 'Invoked for every new object under raw/' });
    new CfnOutput(this, 'BucketName', { value: `${BUCKET_PREFIX}${props.learner}-${Aws.ACCOUNT_ID}`, description: 'The data lake whose raw/ the function watches' });
  }
}
