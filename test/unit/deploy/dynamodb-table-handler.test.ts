import { describe, expect, it } from 'vitest';
import { DeployError } from '../../../checker/deploy/errors.ts';
import type { HandlerContext } from '../../../checker/deploy/handlers/types.ts';
import { tableHandler } from '../../../checker/services/dynamodb/handlers.ts';

const REFERENCE = {
  TableName: 'taxi-trips-ana',
  AttributeDefinitions: [{ AttributeName: 'pickup_zone', AttributeType: 'N' }, { AttributeName: 'trip_key', AttributeType: 'S' }],
  KeySchema: [{ AttributeName: 'pickup_zone', KeyType: 'HASH' }, { AttributeName: 'trip_key', KeyType: 'RANGE' }],
  BillingMode: 'PAY_PER_REQUEST',
  GlobalSecondaryIndexes: [{ IndexName: 'by-dropoff-zone', KeySchema: [{ AttributeName: 'dropoff_zone', KeyType: 'HASH' }], Projection: { ProjectionType: 'ALL' } }],
  PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: 'true', RecoveryPeriodInDays: '7' },
  DeletionProtectionEnabled: true,
  Tags: [{ Key: 'nubelab:lab', Value: 'dynamodb-table' }],
};

// plan() makes no API calls: only the logical id and the pseudo parameters are read.
const ctx = {
  logicalId: 'TripsTable',
  pseudo: { partition: 'aws', region: 'us-east-1', accountId: '123456789012', stackName: 'NubeLab-dynamodb-table-ana' },
} as unknown as HandlerContext;

function planError(properties: Record<string, unknown>): DeployError {
  try {
    tableHandler.plan(properties, ctx);
  } catch (error) {
    if (error instanceof DeployError) return error;
    throw error;
  }
  throw new Error('plan accepted the properties');
}

describe('AWS::DynamoDB::Table: planning the reference table', () => {
  it('names the table from TableName and gives its ARN', () => {
    expect(tableHandler.plan(REFERENCE, ctx)).toEqual({
      physicalId: 'taxi-trips-ana',
      attributes: { Arn: 'arn:aws:dynamodb:us-east-1:123456789012:table/taxi-trips-ana' },
    });
  });

  it('without TableName, names it after the stack and logical id, as CloudFormation would', () => {
    const { TableName: _name, ...unnamed } = REFERENCE;
    expect(tableHandler.plan(unnamed, ctx).physicalId).toBe('NubeLab-dynamodb-table-ana-TripsTable');
  });

  it('refuses provisioned tables (this engine does not read ProvisionedThroughput), including the default with no BillingMode', () => {
    const { BillingMode: _mode, ...noMode } = REFERENCE;
    for (const properties of [{ ...REFERENCE, BillingMode: 'PROVISIONED' }, noMode]) {
      const error = planError(properties);
      expect(error.code).toBe('unsupported-property');
      expect(error.details).toMatchObject({ property: 'BillingMode' });
    }
  });

  it('refuses settings it does not apply rather than dropping them', () => {
    expect(planError({ ...REFERENCE, SSESpecification: { SSEEnabled: true } }).details).toMatchObject({ property: 'SSESpecification' });
    expect(planError({ ...REFERENCE, StreamSpecification: { StreamViewType: 'NEW_IMAGE' } }).details).toMatchObject({ property: 'StreamSpecification' });
    expect(planError({ ...REFERENCE, PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: 'yes' } }).code).toBe('template-error');
  });
});
