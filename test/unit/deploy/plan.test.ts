import { describe, expect, it } from 'vitest';
import { planTemplate } from '../../../checker/deploy/emulator/plan.ts';
import { labDeployment } from '../../../checker/deploy/lab.ts';
import { synthesizeTemplate } from '../../../checker/deploy/synth.ts';
import type { CfnTemplate } from '../../../checker/deploy/template/types.ts';
import { fakeHandler, noClients, pseudo, recorder } from './fake-handlers.ts';
import { thrownDeployError } from '../../support/deploy-error.ts';

function plan(template: CfnTemplate, calls: string[] = [], handlers?: Map<string, ReturnType<typeof fakeHandler>>) {
  return planTemplate({
    template,
    pseudo,
    ownerTags: { 'nubelab:lab': 's3-bucket', 'nubelab:learner': 'ana' },
    clients: noClients,
    emit: recorder().emit,
    handlers: handlers ?? new Map([['Test::Thing', fakeHandler('Test::Thing', calls)]]),
  });
}


describe('planTemplate', () => {
  it('refuses a template with a resource type it has no handler for, before creating anything', () => {
    const calls: string[] = [];
    const template: CfnTemplate = {
      Resources: {
        Fine: { Type: 'Test::Thing' },
        Fn: { Type: 'AWS::Lambda::Function', Properties: {} },
        Custom: { Type: 'Custom::S3AutoDeleteObjects', Properties: {} },
      },
    };
    const error = thrownDeployError(() => plan(template, calls));
    expect(error.code).toBe('unsupported-resource');
    expect(error.details).toMatchObject({
      logicalId: 'Fn',
      type: 'AWS::Lambda::Function',
      unsupported: [{ logicalId: 'Fn', type: 'AWS::Lambda::Function' }, { logicalId: 'Custom', type: 'Custom::S3AutoDeleteObjects' }],
      supported: ['Test::Thing'],
    });
    expect(calls).toEqual([]);
  });

  it("skips CDK's metadata resource and resources whose condition is false", () => {
    const template: CfnTemplate = {
      Conditions: { InChina: { 'Fn::Equals': [{ Ref: 'AWS::Partition' }, 'aws-cn'] } },
      Resources: {
        CDKMetadata: { Type: 'AWS::CDK::Metadata', Properties: { Analytics: 'x' }, Condition: 'InChina' },
        OnlyInChina: { Type: 'Test::Thing', Condition: 'InChina' },
        Always: { Type: 'Test::Thing' },
      },
    };
    const p = plan(template);
    expect(p.steps.map((s) => s.logicalId)).toEqual(['Always']);
    expect(p.skipped).toEqual([
      { logicalId: 'CDKMetadata', type: 'AWS::CDK::Metadata', reason: 'cdk-metadata' },
      { logicalId: 'OnlyInChina', type: 'Test::Thing', reason: 'condition-false' },
    ]);
  });

  it("uses parameter defaults, but has no value for CDK's SSM-backed BootstrapVersion", () => {
    const template: CfnTemplate = {
      Parameters: {
        Env: { Type: 'String', Default: 'dev' },
        BootstrapVersion: { Type: 'AWS::SSM::Parameter::Value<String>', Default: '/cdk-bootstrap/hnb659fds/version' },
      },
      Resources: { A: { Type: 'Test::Thing', Properties: { Name: { 'Fn::Sub': 'a-${Env}' } } } },
    };
    expect(plan(template).steps[0]!.planned.physicalId).toBe('a-dev');
    const usesBootstrap: CfnTemplate = { ...template, Resources: { A: { Type: 'Test::Thing', Properties: { V: { Ref: 'BootstrapVersion' } } } } };
    expect(thrownDeployError(() => plan(usesBootstrap)).details.reason).toMatch(/BootstrapVersion has no value/);
  });

  it('resolves outputs', () => {
    const template: CfnTemplate = {
      Resources: { A: { Type: 'Test::Thing', Properties: { Name: 'thing-a' } } },
      Outputs: { AName: { Value: { Ref: 'A' } }, AArn: { Value: { 'Fn::GetAtt': ['A', 'Arn'] } } },
    };
    expect(plan(template).outputs()).toEqual({ AName: 'thing-a', AArn: 'arn:fake:A' });
  });
});

describe('planTemplate on the s3-bucket reference template (real handlers, no API calls)', async () => {
  const deployment = labDeployment('s3-bucket', 'ana');
  const template = await synthesizeTemplate(deployment, { account: pseudo.accountId, region: pseudo.region });
  const realPlan = (t: CfnTemplate) =>
    planTemplate({ template: t, pseudo: { ...pseudo, stackName: deployment.stackName }, ownerTags: deployment.ownerTags, clients: noClients, emit: () => {} });

  it('creates the bucket, then its policy, with every name and ARN resolved', () => {
    const p = realPlan(template);
    expect(p.steps.map((s) => [s.type, s.planned.physicalId])).toEqual([
      ['AWS::S3::Bucket', 'taxis-datalake-ana-123456789012'],
      ['AWS::S3::BucketPolicy', 'taxis-datalake-ana-123456789012'],
    ]);
    const policy = p.steps[1]!.properties as { PolicyDocument: { Statement: { Resource: string[] }[] } };
    expect(policy.PolicyDocument.Statement[0]!.Resource).toEqual([
      'arn:aws:s3:::taxis-datalake-ana-123456789012',
      'arn:aws:s3:::taxis-datalake-ana-123456789012/*',
    ]);
    expect(p.outputs()).toEqual({ BucketName: 'taxis-datalake-ana-123456789012' });
  });

  it('refuses a bucket property the engine would silently drop', () => {
    const bucketId = Object.keys(template.Resources).find((id) => template.Resources[id]!.Type === 'AWS::S3::Bucket')!;
    const withNotifications = structuredClone(template);
    withNotifications.Resources[bucketId]!.Properties!.NotificationConfiguration = { EventBridgeConfiguration: { EventBridgeEnabled: true } };
    const error = thrownDeployError(() => realPlan(withNotifications));
    expect(error.code).toBe('unsupported-property');
    // Lambda notifications are applied; EventBridge ones are not, and the error names exactly which part.
    expect(error.details).toEqual({ logicalId: bucketId, type: 'AWS::S3::Bucket', property: 'NotificationConfiguration.EventBridgeConfiguration' });
  });
});
