import { describe, expect, it } from 'vitest';
import check from '../../../../labs/s3-bucket/checks/s3_bucket_lifecycle_configured.ts';
import type { LifecycleRule } from '../../../../checker/services/s3/types.ts';
import { runOn, runOnEmptyAccount } from './helpers.ts';

const rule = (over: Partial<LifecycleRule> = {}): LifecycleRule => ({
  id: 'r',
  enabled: true,
  prefix: 'raw/',
  hasTagOrSizeFilter: false,
  transitions: [{ days: 30, storageClass: 'STANDARD_IA' }],
  noncurrentExpirationDays: 90,
  ...over,
});
const withRules = (...rules: LifecycleRule[]) => runOn(check, (b) => (b.lifecycle = rules));

describe('s3_bucket_lifecycle_configured', () => {
  it('compliance: one rule on raw/ doing both', async () => {
    expect((await runOn(check)).status).toBe('pass');
  });

  it('compliance: the whole bucket, Glacier after 90 days, two separate rules', async () => {
    const outcome = await withRules(
      rule({ id: 'archive', prefix: '', transitions: [{ days: 90, storageClass: 'GLACIER' }], noncurrentExpirationDays: undefined }),
      rule({ id: 'versions', prefix: '', transitions: [] }),
    );
    expect(outcome.status).toBe('pass');
    expect(outcome.evidence).toMatchObject({ transitionRule: 'archive', noncurrentExpirationRule: 'versions' });
  });

  it.each(['ONEZONE_IA', 'INTELLIGENT_TIERING', 'GLACIER_IR', 'DEEP_ARCHIVE'])('compliance: transition to %s', async (storageClass) => {
    expect((await withRules(rule({ transitions: [{ days: 45, storageClass }] }))).status).toBe('pass');
  });

  it('non-compliance: no lifecycle configuration', async () => {
    expect((await runOn(check, (b) => delete b.lifecycle)).status).toBe('fail');
  });

  it.each([
    ['the rule is disabled', rule({ enabled: false })],
    ['the transition comes after only 10 days', rule({ transitions: [{ days: 10, storageClass: 'STANDARD_IA' }] })],
    ['the transition is date-based', rule({ transitions: [{ date: '2027-01-01T00:00:00.000Z', storageClass: 'STANDARD_IA' }] })],
    ['the rule covers another prefix', rule({ prefix: 'processed/' })],
    ['the rule covers only part of raw/', rule({ prefix: 'raw/2025/' })],
    ['the rule is narrowed by a tag', rule({ hasTagOrSizeFilter: true })],
    ['noncurrent versions never expire', rule({ noncurrentExpirationDays: undefined })],
    ['nothing transitions', rule({ transitions: [] })],
  ])('non-compliance: %s', async (_, r) => {
    expect((await withRules(r)).status).toBe('fail');
  });

  it('the message names what is missing', async () => {
    const outcome = await withRules(rule({ noncurrentExpirationDays: undefined }));
    expect(outcome.message.en).toContain('expiring noncurrent versions');
    expect(outcome.message.en).not.toContain('colder');
  });

  it('non-compliance: empty account', async () => {
    expect((await runOnEmptyAccount(check)).status).toBe('fail');
  });
});
