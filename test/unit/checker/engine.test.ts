import { describe, expect, it } from 'vitest';
import { defineCheck, defineLab, fail, pass } from '../../../checker/core/define.ts';
import { outcomeFromError, runLab } from '../../../checker/core/engine.ts';
import { ReadOnlyViolation } from '../../../checker/aws/read-only.ts';
import { fixtureContext } from '../../support/fixture-account.ts';

const text = (t: string) => ({ es: `${t}.`, en: `${t}.` });
const check = (id: string, run: () => Promise<ReturnType<typeof pass>>, points = 1) =>
  defineCheck({ id, points, title: text(id), hint: text('hint'), run });

describe('runLab', () => {
  it('scores passes only and keeps the declared order', async () => {
    const lab = defineLab({
      id: 'demo-lab', lessons: ['x'], maxLearnerLength: 30, title: text('t'), summary: text('s'), cliSteps: [],
      checks: [
        check('demo_a_slow', async () => { await new Promise((r) => setTimeout(r, 20)); return pass(text('a')); }, 2),
        check('demo_b_fails', async () => fail(text('b'), { found: 1 })),
        check('demo_c_throws', async () => { throw Object.assign(new Error('nope'), { name: 'AccessDenied' }); }),
      ],
    });
    const result = await runLab(lab, fixtureContext({ buckets: [] }));
    expect(result.checks.map((c) => [c.id, c.status, c.points])).toEqual([
      ['demo_a_slow', 'pass', 2],
      ['demo_b_fails', 'fail', 0],
      ['demo_c_throws', 'error', 0],
    ]);
    expect([result.score, result.maxScore]).toEqual([2, 4]);
    expect(result.checks[1]?.evidence).toEqual({ found: 1 });
  });
});

describe('outcomeFromError', () => {
  it('reports access denied as error, never as fail', () => {
    const o = outcomeFromError(Object.assign(new Error('x'), { name: 'AccessDenied', $metadata: { httpStatusCode: 403 } }));
    expect(o.status).toBe('error');
    expect(o.evidence.errorCode).toBe('AccessDenied');
  });

  it('reports a missing API as not applicable', () => {
    expect(outcomeFromError(Object.assign(new Error('x'), { name: 'NotImplemented' })).status).toBe('not_applicable');
  });

  it('reports a refused write as error and names it', () => {
    const o = outcomeFromError(new ReadOnlyViolation('S3', 'PutObject'));
    expect(o.status).toBe('error');
    expect(o.message.en).toContain('S3:PutObject');
  });

  it('reports a connection failure as error', () => {
    const o = outcomeFromError(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }));
    expect(o).toMatchObject({ status: 'error', message: { en: 'The endpoint could not be reached.' }, evidence: { targetProblem: 'unreachable' } });
  });

  it('reports a plain HTTP 500 as a server error of the target, not a missing API', () => {
    const o = outcomeFromError(Object.assign(new Error('Unknown'), { name: 'Unknown', $metadata: { httpStatusCode: 500 } }));
    expect(o).toMatchObject({ status: 'error', message: { en: 'The endpoint answered with a server error (HTTP 500).' }, evidence: { targetProblem: 'server_error', httpStatus: 500 } });
  });
});

describe('checks that need other checks', () => {
  const lab = (first: () => Promise<ReturnType<typeof pass>>, ran: string[]) =>
    defineLab({
      id: 'needs-lab', lessons: ['x'], maxLearnerLength: 30, title: text('t'), summary: text('s'), cliSteps: [],
      checks: [
        check('demo_thing_exists', first),
        defineCheck({ id: 'demo_thing_configured', points: 1, needs: ['demo_thing_exists'], title: text('c'), hint: text('h'), run: async () => { ran.push('configured'); return pass(text('ok')); } }),
      ],
    });

  it('are not run when a prerequisite fails: skipped, saying which one once, worth nothing but still in the max', async () => {
    const ran: string[] = [];
    const result = await runLab(lab(async () => fail(text('missing')), ran), fixtureContext({ buckets: [] }));
    expect(ran).toEqual([]);
    expect(result.checks[1]).toMatchObject({ status: 'skipped', points: 0, maxPoints: 1, evidence: { skipped: true, unmet: 'demo_thing_exists', unmetStatus: 'fail' } });
    expect(result.checks[1]!.message).toEqual({ es: 'Omitida: necesita demo_thing_exists.', en: 'Skipped: needs demo_thing_exists.' });
    expect([result.score, result.maxScore]).toEqual([0, 2]);
  });

  it('a check skipped because its prerequisite cannot be evaluated on the target (not applicable) is out of the max too', async () => {
    const ran: string[] = [];
    const notImplemented = async (): Promise<ReturnType<typeof pass>> => { throw Object.assign(new Error('no Glue here'), { name: 'NotImplemented', $metadata: { httpStatusCode: 501 } }); };
    const result = await runLab(lab(notImplemented, ran), fixtureContext({ buckets: [] }));
    expect(ran).toEqual([]);
    expect(result.checks.map((c) => [c.status, c.maxPoints])).toEqual([['not_applicable', 0], ['skipped', 0]]);
    expect(result.checks[1]!.evidence).toMatchObject({ unmetStatus: 'not_applicable' });
    expect([result.score, result.maxScore]).toEqual([0, 0]);
  });

  it('a chain of skips names the check that really failed', async () => {
    const chain = defineLab({
      id: 'chain-lab', lessons: ['x'], maxLearnerLength: 30, title: text('t'), summary: text('s'), cliSteps: [],
      checks: [
        check('demo_thing_exists', async () => fail(text('missing'))),
        defineCheck({ id: 'demo_thing_configured', points: 1, needs: ['demo_thing_exists'], title: text('c'), hint: text('h'), run: async () => pass(text('ok')) }),
        defineCheck({ id: 'demo_thing_used', points: 1, needs: ['demo_thing_configured'], title: text('u'), hint: text('h'), run: async () => pass(text('ok')) }),
      ],
    });
    const result = await runLab(chain, fixtureContext({ buckets: [] }));
    expect(result.checks[2]).toMatchObject({ status: 'skipped', evidence: { unmet: 'demo_thing_exists', unmetStatus: 'fail' } });
  });

  it('run once their prerequisites pass', async () => {
    const ran: string[] = [];
    const result = await runLab(lab(async () => pass(text('here')), ran), fixtureContext({ buckets: [] }));
    expect(ran).toEqual(['configured']);
    expect(result.score).toBe(2);
  });

  it('must name an earlier check of the lab', () => {
    expect(() => defineLab({
      id: 'bad-needs', lessons: ['x'], maxLearnerLength: 30, title: text('t'), summary: text('s'), cliSteps: [],
      checks: [defineCheck({ id: 'a_b_c', points: 1, needs: ['a_b_d'], title: text('a'), hint: text('h'), run: async () => pass(text('x')) }), check('a_b_d', async () => pass(text('x')))],
    })).toThrow(/not an earlier check/);
  });
});

describe('defineCheck and defineLab', () => {
  it('refuse ids that break the naming rules', () => {
    expect(() => check('Bad-Id', async () => pass(text('x')))).toThrow(/service>_<resource>_<state>/);
    expect(() => defineLab({ id: 'Bad_Lab', lessons: [''], maxLearnerLength: 30, title: text('t'), summary: text('s'), cliSteps: [], checks: [check('a_b_c', async () => pass(text('x')))] })).toThrow(/kebab/);
  });

  it('refuse a message without a final period', () => {
    expect(() => pass({ es: 'sin punto', en: 'no period' })).toThrow(/period/);
  });
});
