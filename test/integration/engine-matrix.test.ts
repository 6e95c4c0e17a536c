import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startInstalledEngine } from '../../checker/emulator/engine-process.ts';
import { freePort, removeEmulatorFiles, stopEmulator } from '../../checker/emulator/moto.ts';
import { labs } from '../../labs/index.ts';
import { readCompat } from '../../scripts/engine-compat-render.ts';
import { accountFor, runLabOnEngine, runMutantOnEngine } from '../support/engine-matrix.ts';
import { SHARED_MUTANTS } from '../support/mutants/index.ts';
import { findLab } from '../../labs/index.ts';

/**
 * Every lab of labs/index.ts on LocalStack and MiniStack, one engine after the other (moto's side
 * of the matrix is each lab's own contract test, mutants included). Per lab, in an account of its
 * own: the empty account passes no check, and the reference deploy gives exactly the statuses the
 * committed compatibility table records, so the table is proven by this run and a change on
 * either side fails here; and each shared mutant (test/support/mutants) fails its check. Budget: about 6 minutes for both engines on two cores (measured: see
 * the README's engine section); most of it is MiniStack's wait for a Lambda copy that never comes.
 */
const table = readCompat();

/**
 * Mutants whose check does not fail on an engine, each with the measured reason. Everything not
 * listed here must fail its check.
 */
type MutantOutcome = { status: string; why: string } | { cannotApply: RegExp; why: string };
const MUTANT_OUTCOMES: Record<string, Record<string, MutantOutcome>> = {
  localstack: {
    // lambda.runs-code: the function never started (no Docker), and LocalStack refuses to change it.
    lambda_function_python_runtime: { cannotApply: /cannot be updated if an old one is not running/, why: 'LocalStack refuses UpdateFunctionConfiguration on a function that never ran' },
  },
  ministack: {
    ec2_instance_type_free_tier: { cannotApply: /Unknown EC2 action: ModifyInstanceAttribute/, why: 'MiniStack has no ModifyInstanceAttribute, so an instance type cannot be changed' },
    // ec2.network-acl-association: the mutant builds a whole second network, public ACL included.
    vpc_cidr_block_sized: { cannotApply: /NetworkAclAssociationId/, why: 'MiniStack cannot associate a subnet with a network ACL' },
    // The bucket's own block turned partly off sends the checker to the account-level block (S3 Control), which MiniStack lacks.
    s3_bucket_public_access_blocked: { status: 'not_applicable', why: 'MiniStack has no S3 Control public access block' },
    // Like AWS since January 2023, MiniStack keeps SSE-S3 after DeleteBucketEncryption: the bucket is still encrypted.
    s3_bucket_default_encryption: { status: 'pass', why: 'DeleteBucketEncryption falls back to SSE-S3, as on AWS' },
  },
};

describe.each(['localstack', 'ministack'] as const)('%s: every lab', (engine) => {
  let port = 0;
  let endpoint = '';
  // A base of its own per run, so a rerun on a reused engine never meets an earlier run's resources.
  const accountBase = 300000000000 + (Date.now() % 1000) * 1000;
  beforeAll(async () => {
    port = await freePort();
    endpoint = (await startInstalledEngine(engine, port)).endpoint;
  }, 180_000);
  afterAll(async () => {
    await stopEmulator(port, { save: false });
    await removeEmulatorFiles(port);
  }, 30_000);

  it.each(labs.map((lab, index) => ({ lab, index, id: lab.id })))(
    '$id: the empty account passes nothing; the reference gives the table\'s statuses',
    async ({ lab, index }) => {
      const row = await runLabOnEngine(lab, endpoint, accountFor(index, accountBase));
      const passedWhenEmpty = Object.entries(row.checks).filter(([, cell]) => cell.empty === 'pass').map(([id]) => id);
      expect(passedWhenEmpty).toEqual([]);
      const recorded = table.engines.find((e) => e.engine === engine)!.labs.find((l) => l.lab === lab.id)!;
      const statuses = (checks: Record<string, { reference: string }>) => Object.fromEntries(Object.entries(checks).map(([id, c]) => [id, c.reference]));
      expect(statuses(row.checks)).toEqual(statuses(recorded.checks));
      // The engine's gaps are not applicable, never the learner's failure; and the deploy went through.
      expect(Object.entries(row.checks).filter(([, c]) => c.reference === 'fail' || c.reference === 'error')).toEqual([]);
      expect(row.deployError).toBeUndefined();
    },
    240_000,
  );

  // Each mutant of the labs in test/support/mutants, where its check passes on this engine's reference.
  // Numbered across labs: each mutant gets an account of its own.
  const mutants = Object.entries(SHARED_MUTANTS)
    .flatMap(([labId, byCheck]) =>
      Object.entries(byCheck)
        .filter(([check]) => table.engines.find((e) => e.engine === engine)!.labs.find((l) => l.lab === labId)!.checks[check]?.reference === 'pass')
        .map(([check, mutant]) => ({ labId, check, mutant, name: mutant.name })))
    .map((m, index) => ({ ...m, index }));
  it.each(mutants)('$labId: mutant "$name" fails $check (unless listed with the engine\'s reason)', async ({ labId, check, mutant, index }) => {
    const outcome = MUTANT_OUTCOMES[engine]?.[check];
    const running = runMutantOnEngine(findLab(labId)!, mutant, endpoint, accountFor(500 + index, accountBase));
    // A mutant the engine cannot apply must really be refused, for the reason listed.
    if (outcome && 'cannotApply' in outcome) return void (await expect(running).rejects.toThrow(outcome.cannotApply));
    expect((await running)[check]).toBe(outcome?.status ?? 'fail');
  }, 120_000);
});
