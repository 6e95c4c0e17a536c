import { CfnOutput, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import type { Construct } from 'constructs';
import { assertValidLearner } from './learner.ts';

const TABLE_PREFIX = 'taxi-trips-';
/** DynamoDB table names have at most 255 characters: prefix + learner. */
export const DYNAMODB_TABLE_MAX_LEARNER = 255 - TABLE_PREFIX.length;

export interface DynamodbTableStackProps extends StackProps {
  learner: string;
}

/**
 * Lab `dynamodb-table`: the lesson's trips table, `taxi-trips-<learner>`. Keyed on the pickup zone
 * and a date-first trip key, with the `by-dropoff-zone` index for the other question, on-demand
 * capacity, point-in-time recovery and deletion protection.
 *
 * CfnTable rather than TableV2: TableV2 synthesizes AWS::DynamoDB::GlobalTable, a different
 * resource from the one the lesson creates with `aws dynamodb create-table`. Encryption at rest is
 * DynamoDB's default (an AWS owned key), so no SSESpecification is set.
 */
export class DynamodbTableStack extends Stack {
  constructor(scope: Construct, id: string, props: DynamodbTableStackProps) {
    super(scope, id, props);
    assertValidLearner(props.learner, DYNAMODB_TABLE_MAX_LEARNER);

    const table = new dynamodb.CfnTable(this, 'TripsTable', {
      tableName: `${TABLE_PREFIX}${props.learner}`,
      attributeDefinitions: [
        { attributeName: 'pickup_zone', attributeType: 'N' },
        { attributeName: 'trip_key', attributeType: 'S' },
        { attributeName: 'dropoff_zone', attributeType: 'N' },
      ],
      keySchema: [
        { attributeName: 'pickup_zone', keyType: 'HASH' },
        { attributeName: 'trip_key', keyType: 'RANGE' },
      ],
      billingMode: 'PAY_PER_REQUEST',
      globalSecondaryIndexes: [{
        indexName: 'by-dropoff-zone',
        keySchema: [
          { attributeName: 'dropoff_zone', keyType: 'HASH' },
          { attributeName: 'trip_key', keyType: 'RANGE' },
        ],
        projection: { projectionType: 'ALL' },
      }],
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtectionEnabled: true,
    });
    // A lab's table: `nubelab destroy` turns the protection off and deletes it.
    table.applyRemovalPolicy(RemovalPolicy.DESTROY);

    new CfnOutput(this, 'TableName', { value: table.ref });
  }
}
