import type { CheckDefinition, Outcome } from '../../../../checker/core/types.ts';
import { fixtureContext, referenceBucket, type AccountFixture, type BucketFixture } from '../../../support/fixture-account.ts';

/** Runs a check on the reference bucket after `change` edits it. */
export async function runOn(check: CheckDefinition, change: (bucket: BucketFixture) => void = () => {}, account: Partial<AccountFixture> = {}): Promise<Outcome> {
  const bucket = referenceBucket();
  change(bucket);
  return check.run(fixtureContext({ buckets: [bucket], ...account }));
}

export async function runOnEmptyAccount(check: CheckDefinition): Promise<Outcome> {
  return check.run(fixtureContext({ buckets: [] }));
}
