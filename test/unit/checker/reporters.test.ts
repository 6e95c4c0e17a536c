import { describe, expect, it } from 'vitest';
import type { RunResult } from '../../../checker/core/types.ts';
import { REPORTERS } from '../../../checker/reporters/index.ts';

const result: RunResult = {
  target: 'emulator', endpoint: 'http://localhost:4566', region: 'us-east-1', account: '123456789012', score: 1, maxScore: 2,
  labs: [{
    lab: 's3-bucket', title: { es: 'El bucket', en: 'The bucket' }, score: 1, maxScore: 2, graded: [],
    checks: [
      { id: 's3_bucket_exists', status: 'pass', points: 1, maxPoints: 1, title: { es: 'Existe', en: 'Exists' }, message: { es: 'Existe.', en: 'Exists.' }, hint: { es: 'Créalo.', en: 'Create it.' }, evidence: { resource: 'arn:aws:s3:::b' } },
      { id: 's3_bucket_versioning_enabled', status: 'fail', points: 0, maxPoints: 1, title: { es: 'Versionado', en: 'Versioning' }, message: { es: 'Suspendido.', en: 'Suspended.' }, hint: { es: 'Actívalo.', en: 'Enable it.' }, evidence: { found: 'Suspended' } },
    ],
  }],
};

describe('human reporter', () => {
  it('prints a list of records one per line, and short lists inline', () => {
    const finding = { id: 'iam_role_least_privilege', status: 'fail' as const, points: 0, maxPoints: 1, title: { es: 'T', en: 'T' }, message: { es: 'M.', en: 'M.' }, hint: { es: 'H.', en: 'H.' },
      evidence: { allowed: [{ action: 's3:DeleteObject' }, { action: 's3:PutBucketPolicy' }], policies: ['a', 'b'] } };
    const text = REPORTERS.human({ target: 'emulator', region: 'us-east-1', score: 0, maxScore: 1, labs: [{ lab: 'iam-role', title: { es: 'L', en: 'L' }, score: 0, maxScore: 1, graded: [], checks: [finding] }] }, { lang: 'en', color: false });
    expect(text).toContain('        allowed:\n          - {"action":"s3:DeleteObject"}\n          - {"action":"s3:PutBucketPolicy"}');
    expect(text).toContain('        policies: ["a","b"]');
  });

  it('prints one marked line per check, details under failures only, in the chosen language', () => {
    const es = REPORTERS.human(result, { lang: 'es', color: false });
    expect(es).toContain('✓ Existe');
    expect(es).toContain('✗ Versionado');
    expect(es).toContain('Pista: Actívalo.');
    expect(es).toContain('found: Suspended');
    expect(es).not.toContain('Créalo.');
    expect(es).toContain('Puntuación: 1/2');
    const en = REPORTERS.human(result, { lang: 'en', color: false });
    expect(en).toContain('Hint: Enable it.');
    expect(en).toContain('Score: 1/2');
  });

  it('adds no escape codes unless asked for color', () => {
    expect(REPORTERS.human(result, { lang: 'en', color: false })).not.toMatch(/\x1b\[/);
  });
});

describe('json reporter', () => {
  it('keeps the contract field names and one language', () => {
    const parsed = JSON.parse(REPORTERS.json(result, { lang: 'en', color: false }));
    expect(parsed).toMatchObject({ target: 'emulator', score: 1, maxScore: 2 });
    expect(parsed.labs[0]).toMatchObject({ lab: 's3-bucket', score: 1, maxScore: 2 });
    expect(Object.keys(parsed.labs[0].checks[1])).toEqual(expect.arrayContaining(['id', 'status', 'points', 'message', 'hint', 'evidence']));
    expect(parsed.labs[0].checks[1]).toMatchObject({ id: 's3_bucket_versioning_enabled', status: 'fail', points: 0, message: 'Suspended.', hint: 'Enable it.', evidence: { found: 'Suspended' } });
  });
});

describe('junit reporter', () => {
  it('marks failures and escapes XML', () => {
    const xml = REPORTERS.junit({ ...result, labs: [{ ...result.labs[0]!, lab: 'a<b' }] }, { lang: 'en', color: false });
    expect(xml).toContain('tests="2" failures="1" errors="0"');
    expect(xml).toContain('<failure message="Suspended.">');
    expect(xml).toContain('name="a&lt;b"');
  });

  it("names where each suite was graded (the account on a shared engine) and its score", () => {
    const xml = REPORTERS.junit({ ...result, endpoint: 'http://localhost:4566', account: '111122223333' }, { lang: 'en', color: false });
    expect(xml).toContain('<property name="account" value="111122223333"/>');
    expect(xml).toContain('<property name="endpoint" value="http://localhost:4566"/>');
    expect(xml).toMatch(/<property name="score" value="\d+"\/>\s*<property name="maxScore" value="\d+"\/>/);
  });
});

describe('what a report says about what it graded and could not grade', () => {
  const text = (t: string) => ({ es: `${t} (es).`, en: `${t}.` });
  const finding = (id: string, status: 'fail' | 'error' | 'skipped', extra: object = {}) => ({
    id, status, points: 0, maxPoints: 1, title: text(`title ${id}`), message: text(`message ${id}`), hint: text(`hint ${id}`),
    cli: `aws s3api fix-${id}`, evidence: {}, ...extra,
  });
  const run: RunResult = {
    target: 'emulator', endpoint: 'http://localhost:4566', region: 'us-east-1', score: 0, maxScore: 3,
    problem: text('Nothing answers at http://localhost:4566'),
    labs: [{
      lab: 's3-bucket', title: text('L'), score: 0, maxScore: 3,
      graded: [{ kind: { es: 'bucket', en: 'bucket' }, name: 'taxis-datalake-ana', reference: true, others: ['taxis-datalake-old'] }],
      checks: [
        finding('a_b_failed', 'fail'),
        finding('a_b_errored', 'error'),
        finding('a_b_skipped', 'skipped', { message: { es: 'Omitida: necesita a_b_failed.', en: 'Skipped: needs a_b_failed.' }, evidence: { skipped: true, unmet: 'a_b_failed' } }),
      ],
    }],
  };

  it('human: the graded resource and the reference marker in the header, the target problem once', () => {
    const en = REPORTERS.human(run, { lang: 'en', color: false });
    expect(en).toContain('Graded (bucket): taxis-datalake-ana (reference solution)');
    expect(en).toContain('Also matched, not graded: taxis-datalake-old');
    expect(en.match(/Nothing answers at/g)).toHaveLength(1);
    const es = REPORTERS.human(run, { lang: 'es', color: false });
    expect(es).toContain('Calificado (bucket): taxis-datalake-ana (solución de referencia)');
  });

  it('human: a failure gets the hint and the CLI command; an error gets neither; a skip is one line', () => {
    const en = REPORTERS.human(run, { lang: 'en', color: false });
    expect(en).toContain('Hint: hint a_b_failed.');
    expect(en).toContain('With the CLI: aws s3api fix-a_b_failed');
    expect(en).not.toContain('hint a_b_errored');
    expect(en).not.toContain('fix-a_b_errored');
    const skippedBlock = en.slice(en.indexOf('title a_b_skipped'), en.indexOf('Score:'));
    expect(skippedBlock.trim().split('\n')).toEqual(['title a_b_skipped.  [0/1] a_b_skipped', '      Skipped: needs a_b_failed.']);
  });

  it('json: graded, problem, cli and hint only where they help', () => {
    const parsed = JSON.parse(REPORTERS.json(run, { lang: 'en', color: false }));
    expect(parsed.problem).toBe('Nothing answers at http://localhost:4566.');
    expect(parsed.labs[0].graded).toEqual([{ kind: 'bucket', name: 'taxis-datalake-ana', reference: true, others: ['taxis-datalake-old'] }]);
    expect(parsed.labs[0].checks.map((c: { hint: unknown; cli: unknown }) => [c.hint, c.cli])).toEqual([
      ['hint a_b_failed.', 'aws s3api fix-a_b_failed'], [null, null], [null, null],
    ]);
  });

  it('junit: a skip is <skipped>, an error carries no hint', () => {
    const xml = REPORTERS.junit(run, { lang: 'en', color: false });
    expect(xml).toContain('failures="1" errors="1" skipped="1"');
    expect(xml).toContain('<skipped message="Skipped: needs a_b_failed."/>');
    expect(xml).not.toContain('hint a_b_errored');
  });
});
