import { Match, Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { DYNAMODB_TABLE_MAX_LEARNER } from '../../infra/lib/dynamodb-table-stack.ts';
import { LAB_TAG, LEARNER_TAG } from '../../infra/lib/stacks.ts';
import lab from '../../labs/dynamodb-table/lab.ts';
import { acknowledgedRules, labStackBuilder, nagViolations } from '../support/lab-stacks.ts';

const build = labStackBuilder('dynamodb-table');

describe('DynamodbTableStack', () => {
  const { stack } = build();
  const template = Template.fromStack(stack);

  it('creates one AWS::DynamoDB::Table (not a global table) and no custom resources', () => {
    expect(Object.values(template.toJSON().Resources).map((r: any) => r.Type).filter((t: string) => t !== 'AWS::CDK::Metadata')).toEqual(['AWS::DynamoDB::Table']);
    const json = JSON.stringify(template.toJSON());
    expect(json).not.toMatch(/\b\d{12}\b/);
    expect(json).not.toMatch(/us-east-1|eu-west-1/);
  });

  it('has the lesson\'s keys, index, on-demand capacity, PITR and deletion protection, tagged with the owner tags', () => {
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      TableName: 'taxi-trips-ana',
      KeySchema: [{ AttributeName: 'pickup_zone', KeyType: 'HASH' }, { AttributeName: 'trip_key', KeyType: 'RANGE' }],
      AttributeDefinitions: [
        { AttributeName: 'pickup_zone', AttributeType: 'N' },
        { AttributeName: 'trip_key', AttributeType: 'S' },
        { AttributeName: 'dropoff_zone', AttributeType: 'N' },
      ],
      BillingMode: 'PAY_PER_REQUEST',
      GlobalSecondaryIndexes: [{
        IndexName: 'by-dropoff-zone',
        KeySchema: [{ AttributeName: 'dropoff_zone', KeyType: 'HASH' }, { AttributeName: 'trip_key', KeyType: 'RANGE' }],
        Projection: { ProjectionType: 'ALL' },
      }],
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      DeletionProtectionEnabled: true,
      Tags: Match.arrayWith([{ Key: LAB_TAG, Value: 'dynamodb-table' }, { Key: LEARNER_TAG, Value: 'ana' }]),
    });
    template.hasResource('AWS::DynamoDB::Table', { DeletionPolicy: 'Delete' });
    expect(JSON.stringify(template.toJSON())).not.toContain('ProvisionedThroughput');
  });

  it('passes cdk-nag AwsSolutions with no acknowledgement', () => {
    expect(nagViolations(stack)).toEqual([]);
    expect(acknowledgedRules(stack)).toEqual([]);
  });

  it('takes the learner names the lab takes, and refuses longer ones', () => {
    expect(lab.maxLearnerLength).toBe(DYNAMODB_TABLE_MAX_LEARNER);
    expect(() => build('a'.repeat(DYNAMODB_TABLE_MAX_LEARNER))).not.toThrow();
    expect(() => build('a'.repeat(DYNAMODB_TABLE_MAX_LEARNER + 1))).toThrow(/Invalid learner name/);
  });
});
