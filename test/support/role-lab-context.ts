import type { CheckDefinition, Outcome } from '../../checker/core/types.ts';
import { fakeContext, type FakeContext } from './fake-context.ts';
import { fakeIam, type RoleFixture } from './fakes/iam.ts';
import { fakeS3 } from './fakes/s3.ts';
import { referenceBucket } from './fixture-account.ts';

/**
 * Unit-test contexts for the labs whose product is a role for EC2: the s3-bucket lab's bucket
 * (which the role is judged against) and the roles under test.
 */
export function roleLab(bucket: string, referenceRole: () => RoleFixture) {
  const roleContext = (roles: RoleFixture[], withBucket = true): FakeContext =>
    fakeContext({ s3: fakeS3({ buckets: withBucket ? [referenceBucket(bucket)] : [] }), iam: fakeIam({ roles }) });
  /** Runs a check on the reference role after `change` edits it. */
  const runOnRole = async (check: CheckDefinition, change: (role: RoleFixture) => void = () => {}): Promise<Outcome> => {
    const role = referenceRole();
    change(role);
    return check.run(roleContext([role]));
  };
  return { roleContext, runOnRole };
}
