import { describe, expect, it } from 'vitest';
import { clientConfig, resolveTarget } from '../../../checker/aws/target.ts';

describe('resolveTarget', () => {
  it('defaults to the embedded emulator on :4566 in us-east-1 with throwaway credentials', () => {
    expect(resolveTarget({}, {})).toEqual({
      kind: 'emulator',
      endpoint: 'http://localhost:4566',
      region: 'us-east-1',
      credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    });
  });

  it('honours AWS_ENDPOINT_URL, and --endpoint over it', () => {
    expect(resolveTarget({}, { AWS_ENDPOINT_URL: 'http://localhost:4599' }).endpoint).toBe('http://localhost:4599');
    expect(resolveTarget({ endpoint: 'http://localhost:1' }, { AWS_ENDPOINT_URL: 'http://localhost:4599' }).endpoint).toBe('http://localhost:1');
  });

  it('takes the region from --region, then AWS_REGION, then AWS_DEFAULT_REGION', () => {
    expect(resolveTarget({ region: 'eu-west-1' }, { AWS_REGION: 'us-west-2' }).region).toBe('eu-west-1');
    expect(resolveTarget({}, { AWS_REGION: 'us-west-2', AWS_DEFAULT_REGION: 'sa-east-1' }).region).toBe('us-west-2');
    expect(resolveTarget({}, { AWS_DEFAULT_REGION: 'sa-east-1' }).region).toBe('sa-east-1');
  });

  it('on real AWS has no endpoint and leaves credentials to the SDK chain, or to a named profile', () => {
    expect(resolveTarget({ kind: 'aws' }, {})).toEqual({ kind: 'aws', endpoint: undefined, region: 'us-east-1', credentials: undefined });
    const withProfile = resolveTarget({ kind: 'aws', profile: 'grader' }, {});
    expect(withProfile.profile).toBe('grader');
    expect(clientConfig(withProfile)).toMatchObject({ profile: 'grader', region: 'us-east-1' });
  });

  it('keeps the learner\'s own keys when they are set, even on the emulator', () => {
    expect(resolveTarget({}, { AWS_ACCESS_KEY_ID: 'AKIA…' }).credentials).toBeUndefined();
  });
});
