import { describe, expect, it } from 'vitest';
import { planTemplate } from '../../../checker/deploy/emulator/plan.ts';
import { ENGINE_FEATURE_GAPS, ENGINE_GAPS } from '../../../checker/emulator/engine-gaps.ts';
import type { CfnTemplate } from '../../../checker/deploy/template/types.ts';
import { fakeHandler, noClients, pseudo, recorder } from './fake-handlers.ts';

const TYPES = ['AWS::S3::Bucket', 'AWS::IAM::Role', 'AWS::Glue::Database', 'AWS::Glue::Job', 'AWS::S3::BucketPolicy'];

function planOn(engine: 'localstack' | 'ministack' | undefined, template: CfnTemplate) {
  const calls: string[] = [];
  return planTemplate({
    template,
    pseudo,
    ownerTags: { 'nubelab:lab': 'glue-catalog', 'nubelab:learner': 'ana' },
    clients: noClients,
    emit: recorder().emit,
    handlers: new Map(TYPES.map((type) => [type, fakeHandler(type, calls)])),
    engineGaps: new Map(Object.entries((engine && ENGINE_GAPS[engine]) ?? {})),
  });
}

const TEMPLATE: CfnTemplate = {
  Resources: {
    Lake: { Type: 'AWS::S3::Bucket', Properties: { Name: 'lake' } },
    Role: { Type: 'AWS::IAM::Role', Properties: { Name: 'role' } },
    Db: { Type: 'AWS::Glue::Database', Properties: { Name: 'db' } },
    Job: { Type: 'AWS::Glue::Job', Properties: { Name: 'job', Role: { 'Fn::GetAtt': ['Role', 'Arn'] } } },
    // Not a Glue resource, but it names the job: it cannot exist without it.
    JobPolicy: { Type: 'AWS::S3::BucketPolicy', Properties: { Name: 'policy', Bucket: { Ref: 'Lake' }, Job: { Ref: 'Job' } } },
  },
  Outputs: { LakeName: { Value: { Ref: 'Lake' } }, JobName: { Value: { Ref: 'Job' } } },
};

describe('planTemplate on an engine that lacks a service', () => {
  it("skips LocalStack's Glue resources with the reason, and what refers to them, and keeps the rest", () => {
    const plan = planOn('localstack', TEMPLATE);
    expect(plan.steps.map((s) => s.logicalId)).toEqual(['Lake', 'Role']);
    expect(plan.skipped).toEqual([
      { logicalId: 'Db', type: 'AWS::Glue::Database', reason: 'engine-lacks-service', service: 'glue', why: ENGINE_GAPS.localstack!.glue },
      { logicalId: 'Job', type: 'AWS::Glue::Job', reason: 'engine-lacks-service', service: 'glue', why: ENGINE_GAPS.localstack!.glue },
      { logicalId: 'JobPolicy', type: 'AWS::S3::BucketPolicy', reason: 'depends-on-skipped', dependsOn: 'Job' },
    ]);
    // An output of a skipped resource has no value; the others keep theirs.
    expect(plan.outputs()).toEqual({ LakeName: 'lake' });
  });

  it('skips nothing on an engine that has the service (MiniStack has Glue) or on moto', () => {
    for (const engine of ['ministack', undefined] as const) {
      const plan = planOn(engine, TEMPLATE);
      expect(plan.steps.map((s) => s.logicalId).sort()).toEqual(['Db', 'Job', 'JobPolicy', 'Lake', 'Role']);
      expect(plan.skipped).toEqual([]);
    }
  });
});

describe('planTemplate on an engine that lacks a behaviour', () => {
  const planWithFeatures = (engine: 'localstack' | 'ministack', template: CfnTemplate, types: string[]) => {
    const { events, emit } = recorder();
    const plan = planTemplate({
      template,
      pseudo,
      ownerTags: { 'nubelab:lab': 'demo', 'nubelab:learner': 'ana' },
      clients: noClients,
      emit,
      handlers: new Map(types.map((type) => [type, fakeHandler(type, [])])),
      featureGaps: new Map(Object.entries(ENGINE_FEATURE_GAPS[engine] ?? {})) as never,
    });
    return { plan, events };
  };

  it("leaves LocalStack's Lambda notifications out of a bucket, keeps the rest of it, says so, and never changes the template", () => {
    const template: CfnTemplate = {
      Resources: {
        Images: {
          Type: 'AWS::S3::Bucket',
          Properties: {
            Name: 'images',
            NotificationConfiguration: { LambdaConfigurations: [{ Event: 's3:ObjectCreated:*', Function: 'arn:fn' }], QueueConfigurations: [{ Event: 's3:ObjectCreated:*', Queue: 'arn:q' }] },
          },
        },
      },
    };
    const before = JSON.stringify(template);
    const { plan, events } = planWithFeatures('localstack', template, ['AWS::S3::Bucket']);
    expect(plan.steps[0]!.properties).toEqual({ Name: 'images', NotificationConfiguration: { QueueConfigurations: [{ Event: 's3:ObjectCreated:*', Queue: 'arn:q' }] } });
    expect(plan.propertiesLeftOut).toEqual([
      { logicalId: 'Images', type: 'AWS::S3::Bucket', property: 'NotificationConfiguration.LambdaConfigurations', feature: 'lambda.runs-code', why: ENGINE_FEATURE_GAPS.localstack!['lambda.runs-code']!.reason },
    ]);
    expect(events).toContainEqual(expect.objectContaining({ kind: 'property-skipped', logicalId: 'Images', feature: 'lambda.runs-code' }));
    expect(JSON.stringify(template)).toBe(before);
    // MiniStack runs functions: the same bucket keeps its notifications.
    expect(planWithFeatures('ministack', template, ['AWS::S3::Bucket']).plan.propertiesLeftOut).toEqual([]);
  });

  it("skips MiniStack's network ACL associations with the reason, and what depends on them", () => {
    const template: CfnTemplate = {
      Resources: {
        Acl: { Type: 'AWS::EC2::NetworkAcl', Properties: { Name: 'acl' } },
        Assoc: { Type: 'AWS::EC2::SubnetNetworkAclAssociation', Properties: { Name: 'assoc', NetworkAclId: { Ref: 'Acl' } } },
      },
    };
    const types = ['AWS::EC2::NetworkAcl', 'AWS::EC2::SubnetNetworkAclAssociation'];
    const { plan } = planWithFeatures('ministack', template, types);
    expect(plan.steps.map((s) => s.logicalId)).toEqual(['Acl']);
    expect(plan.skipped).toEqual([
      { logicalId: 'Assoc', type: 'AWS::EC2::SubnetNetworkAclAssociation', reason: 'engine-lacks-feature', feature: 'ec2.network-acl-association', why: ENGINE_FEATURE_GAPS.ministack!['ec2.network-acl-association']!.reason },
    ]);
    expect(planWithFeatures('localstack', template, types).plan.steps.map((s) => s.logicalId).sort()).toEqual(['Acl', 'Assoc']);
  });
});
