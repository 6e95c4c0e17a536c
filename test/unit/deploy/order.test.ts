import { describe, expect, it } from 'vitest';
import { creationOrder, dependenciesOf, referencedNames } from '../../../checker/deploy/template/order.ts';
import type { CfnResource } from '../../../checker/deploy/template/types.ts';
import { thrownDeployError } from '../../support/deploy-error.ts';

const bucket: CfnResource = { Type: 'AWS::S3::Bucket', Properties: { BucketName: 'b' } };
const policyOn = (target: string): CfnResource => ({
  Type: 'AWS::S3::BucketPolicy',
  Properties: { Bucket: { Ref: target }, PolicyDocument: { Statement: [{ Resource: { 'Fn::Join': ['', [{ 'Fn::GetAtt': [target, 'Arn'] }, '/*']] } }] } },
});


describe('referencedNames', () => {
  it('finds Ref, both forms of Fn::GetAtt, and Fn::Sub variables, but not ${!literals} or Sub-local names', () => {
    const value = {
      A: { Ref: 'One' },
      B: [{ 'Fn::GetAtt': ['Two', 'Arn'] }, { 'Fn::GetAtt': 'Three.Arn' }],
      C: { 'Fn::Sub': ['${Four}-${Five.Arn}-${!Six}-${Local}-${AWS::Region}', { Local: { Ref: 'Seven' } }] },
    };
    expect([...referencedNames(value)].sort()).toEqual(['AWS::Region', 'Five', 'Four', 'One', 'Seven', 'Three', 'Two']);
  });
});

describe('creationOrder', () => {
  it('puts a resource after the ones it refers to, whatever the template order', () => {
    expect(creationOrder({ Policy: policyOn('Bucket'), Bucket: bucket })).toEqual(['Bucket', 'Policy']);
  });

  it('honours DependsOn (string or list) and keeps template order among independent resources', () => {
    const resources = {
      C: { ...bucket, DependsOn: ['A', 'B'] },
      B: { ...bucket, DependsOn: 'A' },
      A: bucket,
      D: bucket,
    };
    expect(creationOrder(resources)).toEqual(['A', 'B', 'C', 'D']);
  });

  it('ignores references to parameters and pseudo parameters', () => {
    const named: CfnResource = { Type: 'AWS::S3::Bucket', Properties: { BucketName: { 'Fn::Sub': '${Prefix}-${AWS::AccountId}' } } };
    expect(dependenciesOf('Named', named, new Set(['Named']))).toEqual([]);
  });

  it('reports a loop with the resources in it', () => {
    const error = thrownDeployError(() => creationOrder({ Ok: bucket, A: policyOn('B'), B: policyOn('C'), C: policyOn('A') }));
    expect(error.code).toBe('dependency-cycle');
    expect(error.details.cycle).toEqual(['A', 'B', 'C', 'A']);
  });

  it('reports a resource that depends on itself', () => {
    expect(thrownDeployError(() => creationOrder({ Self: policyOn('Self') })).details.cycle).toEqual(['Self', 'Self']);
  });

  it('rejects DependsOn a resource that does not exist', () => {
    const error = thrownDeployError(() => creationOrder({ A: { ...bucket, DependsOn: 'Ghost' } }));
    expect(error.code).toBe('template-error');
    expect(error.details.path).toBe('Resources.A.DependsOn');
  });
});
