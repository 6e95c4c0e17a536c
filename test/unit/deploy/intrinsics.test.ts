import { describe, expect, it } from 'vitest';
import { DeployError } from '../../../checker/deploy/errors.ts';
import { conditionEvaluator, NO_VALUE, resolveValue, type ResolveScope } from '../../../checker/deploy/template/intrinsics.ts';
import type { PseudoParameters } from '../../../checker/deploy/template/types.ts';
import { thrownDeployError } from '../../support/deploy-error.ts';

const pseudo: PseudoParameters = {
  accountId: '123456789012',
  region: 'eu-west-1',
  partition: 'aws',
  stackName: 'NubeLab-s3-bucket-ana',
  urlSuffix: 'amazonaws.com',
};

const resources: Record<string, { ref: string; attributes: Record<string, unknown> }> = {
  Bucket: { ref: 'taxis-datalake-ana', attributes: { Arn: 'arn:aws:s3:::taxis-datalake-ana' } },
};

function scope(extra: { conditions?: Record<string, unknown>; parameters?: Record<string, unknown>; mappings?: ResolveScope['mappings'] } = {}): ResolveScope {
  const s: ResolveScope = {
    pseudo,
    parameters: extra.parameters ?? {},
    mappings: extra.mappings,
    condition: conditionEvaluator(extra.conditions, () => s),
    resourceRef: (id, path) => {
      if (!resources[id]) throw new DeployError('template-error', `unknown ${id}`, { path });
      return resources[id].ref;
    },
    resourceAttribute: (id, attribute) => resources[id]!.attributes[attribute],
  };
  return s;
}

const resolve = (value: unknown, s = scope()) => resolveValue(value, s, 'Test');


describe('Ref', () => {
  it('gives pseudo parameters their values', () => {
    expect(resolve({ Ref: 'AWS::AccountId' })).toBe('123456789012');
    expect(resolve({ Ref: 'AWS::Region' })).toBe('eu-west-1');
    expect(resolve({ Ref: 'AWS::Partition' })).toBe('aws');
    expect(resolve({ Ref: 'AWS::StackName' })).toBe('NubeLab-s3-bucket-ana');
    expect(resolve({ Ref: 'AWS::URLSuffix' })).toBe('amazonaws.com');
  });

  it('gives a resource its physical id and a parameter its value', () => {
    expect(resolve({ Ref: 'Bucket' })).toBe('taxis-datalake-ana');
    expect(resolve({ Ref: 'Env' }, scope({ parameters: { Env: 'dev' } }))).toBe('dev');
  });

  it('drops a property set to AWS::NoValue, in objects and lists', () => {
    expect(resolve({ A: 1, B: { Ref: 'AWS::NoValue' } })).toEqual({ A: 1 });
    expect(resolve(['a', { Ref: 'AWS::NoValue' }, 'b'])).toEqual(['a', 'b']);
    expect(resolve({ Ref: 'AWS::NoValue' })).toBe(NO_VALUE);
  });

  it('rejects an unknown pseudo parameter and an unknown name', () => {
    expect(thrownDeployError(() => resolve({ Ref: 'AWS::Nope' })).code).toBe('template-error');
    expect(thrownDeployError(() => resolve({ Ref: 'Missing' })).code).toBe('template-error');
  });
});

describe('Fn::GetAtt', () => {
  it('reads an attribute in both the list and the dotted form', () => {
    expect(resolve({ 'Fn::GetAtt': ['Bucket', 'Arn'] })).toBe('arn:aws:s3:::taxis-datalake-ana');
    expect(resolve({ 'Fn::GetAtt': 'Bucket.Arn' })).toBe('arn:aws:s3:::taxis-datalake-ana');
  });
});

describe('Fn::Join, Fn::Split, Fn::Select', () => {
  it('joins resolved parts, as CDK writes bucket names and object ARNs', () => {
    expect(resolve({ 'Fn::Join': ['', ['taxis-datalake-ana-', { Ref: 'AWS::AccountId' }]] })).toBe('taxis-datalake-ana-123456789012');
    expect(resolve({ 'Fn::Join': ['', [{ 'Fn::GetAtt': ['Bucket', 'Arn'] }, '/*']] })).toBe('arn:aws:s3:::taxis-datalake-ana/*');
  });

  it('splits and selects', () => {
    const arn = { 'Fn::GetAtt': ['Bucket', 'Arn'] };
    expect(resolve({ 'Fn::Split': [':', arn] })).toEqual(['arn', 'aws', 's3', '', '', 'taxis-datalake-ana']);
    expect(resolve({ 'Fn::Select': [5, { 'Fn::Split': [':', arn] }] })).toBe('taxis-datalake-ana');
    expect(resolve({ 'Fn::Select': ['1', ['a', 'b']] })).toBe('b');
  });

  it('rejects an index outside the list and a non-list', () => {
    expect(thrownDeployError(() => resolve({ 'Fn::Select': [2, ['a', 'b']] })).details.reason).toMatch(/outside a list of 2/);
    expect(thrownDeployError(() => resolve({ 'Fn::Join': ['', 'not-a-list'] })).code).toBe('template-error');
  });
});

describe('Fn::Sub', () => {
  it('substitutes pseudo parameters, resources and attributes, and keeps ${!literals}', () => {
    const text = '${AWS::Region}/${Bucket}/${Bucket.Arn}/${!NotMe}';
    expect(resolve({ 'Fn::Sub': text })).toBe('eu-west-1/taxis-datalake-ana/arn:aws:s3:::taxis-datalake-ana/${NotMe}');
  });

  it('uses its own variables first, which may be intrinsics themselves', () => {
    const sub = { 'Fn::Sub': ['${Name}-${AWS::AccountId}', { Name: { 'Fn::Join': ['-', ['taxis', 'datalake']] } }] };
    expect(resolve(sub)).toBe('taxis-datalake-123456789012');
  });
});

describe('Conditions and Fn::If', () => {
  const conditions = {
    InEurope: { 'Fn::Equals': [{ Ref: 'AWS::Region' }, 'eu-west-1'] },
    InVirginia: { 'Fn::Equals': [{ Ref: 'AWS::Region' }, 'us-east-1'] },
    Either: { 'Fn::Or': [{ Condition: 'InEurope' }, { Condition: 'InVirginia' }] },
    Neither: { 'Fn::Not': [{ Condition: 'Either' }] },
    Both: { 'Fn::And': [{ Condition: 'InEurope' }, { Condition: 'InVirginia' }] },
  };

  it('evaluates Equals, And, Or, Not and named conditions', () => {
    const s = scope({ conditions });
    expect([s.condition('InEurope', ''), s.condition('Either', ''), s.condition('Neither', ''), s.condition('Both', '')]).toEqual([true, true, false, false]);
  });

  it('takes only the branch the condition selects (the other may name what does not exist)', () => {
    const s = scope({ conditions });
    expect(resolve({ 'Fn::If': ['InEurope', 'eu', { Ref: 'DoesNotExist' }] }, s)).toBe('eu');
    expect(resolve({ 'Fn::If': ['InVirginia', { Ref: 'DoesNotExist' }, { Ref: 'AWS::NoValue' }] }, s)).toBe(NO_VALUE);
  });

  it('rejects an unknown condition and a condition that depends on itself', () => {
    const s = scope({ conditions: { Loop: { 'Fn::Not': [{ Condition: 'Loop' }] } } });
    expect(thrownDeployError(() => s.condition('Missing', 'x')).details.reason).toMatch(/unknown condition/);
    expect(thrownDeployError(() => s.condition('Loop', 'x')).details.reason).toMatch(/depends on itself/);
  });
});

describe('other functions', () => {
  it('reads mappings and encodes base64', () => {
    const mappings = { Regions: { 'eu-west-1': { Short: 'euw1' } } };
    expect(resolve({ 'Fn::FindInMap': ['Regions', { Ref: 'AWS::Region' }, 'Short'] }, scope({ mappings }))).toBe('euw1');
    expect(resolve({ 'Fn::Base64': 'hola' })).toBe('aG9sYQ==');
  });

  it("answers Fn::GetAZs with the region's zones read before planning, and nothing else", () => {
    const zoned = scope();
    zoned.pseudo = { ...pseudo, availabilityZones: ['eu-west-1a', 'eu-west-1b', 'eu-west-1c'] };
    expect(resolve({ 'Fn::Select': [1, { 'Fn::GetAZs': '' }] }, zoned)).toBe('eu-west-1b');
    expect(resolve({ 'Fn::GetAZs': { Ref: 'AWS::Region' } }, zoned)).toEqual(['eu-west-1a', 'eu-west-1b', 'eu-west-1c']);
    expect(thrownDeployError(() => resolve({ 'Fn::GetAZs': 'us-east-1' }, zoned)).details.reason).toMatch(/another region/);
    expect(thrownDeployError(() => resolve({ 'Fn::GetAZs': '' })).details.reason).toMatch(/zones, which were not read/);
  });

  it('refuses functions it does not evaluate, naming them', () => {
    const error = thrownDeployError(() => resolve({ A: { 'Fn::ImportValue': 'Shared' } }));
    expect(error.code).toBe('unsupported-intrinsic');
    expect(error.details).toEqual({ fn: 'Fn::ImportValue', path: 'Test.A.Fn::ImportValue' });
  });

  it('leaves plain data alone, including objects with several keys', () => {
    const data = { Condition: { Bool: { 'aws:SecureTransport': 'false' } }, Effect: 'Deny', Days: 30, On: true };
    expect(resolve(data)).toEqual(data);
  });
});
