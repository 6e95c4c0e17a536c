import { describe, expect, it } from 'vitest';
import { defineCheck, defineLab, fail, pass } from '../../../checker/core/define.ts';
import { runLab } from '../../../checker/core/engine.ts';
import { ENGINE_FEATURES, type EngineFeature, type FeatureGap } from '../../../checker/core/engine-features.ts';
import { ENGINE_FEATURE_GAPS } from '../../../checker/emulator/engine-gaps.ts';
import { labs } from '../../../labs/index.ts';
import { fixtureContext } from '../../support/fixture-account.ts';

const text = (t: string) => ({ es: `${t} (es).`, en: `${t}.` });
const LACKS_SEED = new Map<EngineFeature, FeatureGap>([['iam.virtual-mfa-seed', { reason: text('no Base32 seed here') }]]);
const FAKES_SEED = new Map<EngineFeature, FeatureGap>([['iam.virtual-mfa-seed', { reason: text('every device looks enabled here'), masksFailures: true }]]);

const labWith = (outcome: () => Promise<ReturnType<typeof pass>>, relies: EngineFeature[] = ['iam.virtual-mfa-seed']) =>
  defineLab({
    id: 'gap-lab', lessons: ['x'], maxLearnerLength: 30, title: text('t'), summary: text('s'), cliSteps: [],
    checks: [
      defineCheck({ id: 'demo_mfa_enabled', points: 2, relies, title: text('mfa'), hint: text('h'), run: outcome }),
      defineCheck({ id: 'demo_mfa_used', points: 1, needs: ['demo_mfa_enabled'], title: text('used'), hint: text('h'), run: async () => pass(text('ok')) }),
    ],
  });

describe('a check relying on a behaviour the engine lacks', () => {
  it("fails → not applicable with the engine's reason in both languages, out of the max, what it saw kept", async () => {
    const result = await runLab(labWith(async () => fail(text('no MFA device'), { devices: 0 })), fixtureContext({ buckets: [] }), LACKS_SEED);
    expect(result.checks[0]).toMatchObject({
      status: 'not_applicable', points: 0, maxPoints: 0,
      message: text('no Base32 seed here'),
      evidence: { devices: 0, engineLacks: 'iam.virtual-mfa-seed', statusWithoutGap: 'fail' },
    });
    // What needs it is skipped and out of the max as well: the engine's gap costs the learner nothing.
    expect(result.checks[1]).toMatchObject({ status: 'skipped', maxPoints: 0, message: { en: 'Not applicable here: needs demo_mfa_enabled, which this target cannot evaluate.' } });
    expect([result.score, result.maxScore]).toEqual([0, 0]);
  });

  it('an error (e.g. the engine cannot read what the check needs) is not applicable too', async () => {
    const throws = async (): Promise<ReturnType<typeof pass>> => { throw Object.assign(new Error('x'), { name: 'NoSuchEntity' }); };
    const result = await runLab(labWith(throws), fixtureContext({ buckets: [] }), LACKS_SEED);
    expect(result.checks[0]).toMatchObject({ status: 'not_applicable', evidence: { statusWithoutGap: 'error', errorCode: 'NoSuchEntity' } });
  });

  it('a pass stays a pass: the gap never turns work into points or hides it', async () => {
    const result = await runLab(labWith(async () => pass(text('enabled'))), fixtureContext({ buckets: [] }), LACKS_SEED);
    expect(result.checks.map((c) => c.status)).toEqual(['pass', 'pass']);
    expect([result.score, result.maxScore]).toEqual([3, 3]);
  });

  it('where the engine fakes the behaviour (masksFailures), a pass proves nothing: not applicable as well', async () => {
    const result = await runLab(labWith(async () => pass(text('enabled'))), fixtureContext({ buckets: [] }), FAKES_SEED);
    expect(result.checks[0]).toMatchObject({ status: 'not_applicable', maxPoints: 0, message: text('every device looks enabled here'), evidence: { statusWithoutGap: 'pass' } });
    expect([result.score, result.maxScore]).toEqual([0, 0]);
  });

  it('a failure stays a failure where the engine has the behaviour, or the check does not rely on the missing one', async () => {
    const onMoto = await runLab(labWith(async () => fail(text('no MFA device'))), fixtureContext({ buckets: [] }));
    expect(onMoto.checks[0]).toMatchObject({ status: 'fail', maxPoints: 2 });
    const other = await runLab(labWith(async () => fail(text('no MFA device')), ['ec2.metadata-options']), fixtureContext({ buckets: [] }), LACKS_SEED);
    expect(other.checks[0]).toMatchObject({ status: 'fail', maxPoints: 2 });
  });
});

describe('the declared engine gaps and the checks agree', () => {
  const relied = new Set(labs.flatMap((lab) => lab.checks.flatMap((c) => c.relies ?? [])));

  it('every behaviour an engine is said to lack is relied on by some check (no dead declaration)', () => {
    for (const [engine, gaps] of Object.entries(ENGINE_FEATURE_GAPS)) {
      for (const feature of Object.keys(gaps ?? {})) expect(relied.has(feature as EngineFeature), `${engine}: ${feature}`).toBe(true);
    }
  });

  it('every behaviour a check relies on is a known one that some engine lacks', () => {
    const lacked = new Set(Object.values(ENGINE_FEATURE_GAPS).flatMap((gaps) => Object.keys(gaps ?? {})));
    for (const feature of relied) {
      expect(Object.keys(ENGINE_FEATURES)).toContain(feature);
      expect(lacked.has(feature), feature).toBe(true);
    }
  });

  it('every reason exists in Spanish and English and names the engine and its version', () => {
    for (const [engine, gaps] of Object.entries(ENGINE_FEATURE_GAPS)) {
      for (const gap of Object.values(gaps ?? {})) {
        for (const lang of ['es', 'en'] as const) expect(gap!.reason[lang]).toMatch(engine === 'localstack' ? /LocalStack 4\.14\.0/ : /MiniStack 1\.5\.33/);
        expect(gap!.reason.es).not.toBe(gap!.reason.en);
      }
    }
  });
});
