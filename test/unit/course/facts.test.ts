import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../../checker/paths.ts';
import { LANGS, type Lang } from '../../../checker/core/i18n.ts';
import { lessonFile, lessonPaths } from '../../../site/course/lessons.ts';
import { FACTS, dueForReview, type Fact } from '../../../site/course/facts.ts';
import { findValues, SCANNERS, VALUE_KINDS, type ValueKind } from '../../../site/course/fact-values.ts';
import { datetimeOf, formatWhen } from '../../../site/course/fact-dates.ts';
import { badFactDates, entryProblems, factDateIds, handwrittenDatesInNotes, unrecordedValues } from '../../../site/course/fact-checks.ts';

/**
 * The course's dated and priced claims live in site/course/facts.ts. A lesson that states a
 * runtime, an instance type, a CodeBuild image, a Glue or PostgreSQL version, an RDS certificate
 * authority or a price that the data does not record for it fails here, and so does an entry with
 * no source or no verification date. Nothing here reads the clock: review-by dates are for
 * `npm run facts`, never a reason for the suite to fail.
 */

const sources = new Map<string, string>();
const source = (lang: Lang, page: string) => {
  const key = `${lang}/${page}`;
  if (!sources.has(key)) sources.set(key, readFileSync(lessonFile(ROOT, lang, page)!, 'utf8'));
  return sources.get(key)!;
};
const pages = lessonPaths(ROOT, 'es');
const inBothLanguages = (page: string) => LANGS.every((lang) => lessonPaths(ROOT, lang).includes(page));
const statedInBoth = (page: string, kind: ValueKind, value: string) =>
  inBothLanguages(page) && LANGS.every((lang) => findValues(source(lang, page), lang).some((v) => v.kind === kind && v.value === value));

describe('the facts data', () => {
  it('has unique ids', () => {
    const ids = FACTS.map((f) => f.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it.each(FACTS.map((f) => [f.id, f] as const))('%s has sources, dates, both languages and lessons that state it', (_id, f) => {
    expect(entryProblems(f, inBothLanguages, statedInBoth)).toEqual([]);
  });

  it.each(FACTS.flatMap((f) => Object.entries(f.values ?? {}).flatMap(([kind, values]) => values!.map((v) => [f.id, kind, v] as const))))(
    '%s records %s %s in the form the lessons are scanned for',
    (_id, kind, value) => {
      const inContext: Partial<Record<string, string>> = { price: `US$${value}`, glueVersion: `Glue ${value}`, postgresVersion: `PostgreSQL ${value}` };
      expect(findValues(inContext[kind] ?? value, 'en').map((v) => v.value)).toContain(value);
    },
  );
});

describe.each(LANGS.map((l) => [l]))('lessons in %s', (lang) => {
  it.each(lessonPaths(ROOT, lang).map((p) => [p]))('%s states only recorded runtimes, types, images, versions and prices', (page) => {
    expect(unrecordedValues(FACTS, page, lang, source(lang, page))).toEqual([]);
  });

  it.each(lessonPaths(ROOT, lang).map((p) => [p]))('%s takes its "what changed" dates from the facts data', (page) => {
    const text = source(lang, page);
    expect(badFactDates(FACTS, page, lang, text)).toEqual([]);
    expect(handwrittenDatesInNotes(text, lang)).toEqual([]);
  });
});

describe('both languages', () => {
  it.each(pages.map((p) => [p]))('%s shows the same fact dates in es and en', (page) => {
    expect(factDateIds(source('es', page)).sort()).toEqual(factDateIds(source('en', page)).sort());
  });

  it('print a fact date the same way on every page', () => {
    expect(formatWhen('2024-02-01', 'es')).toBe('1 de febrero de 2024');
    expect(formatWhen('2024-02-01', 'en')).toBe('1 February 2024');
    expect(formatWhen('2023-04', 'es')).toBe('abril de 2023');
    expect(formatWhen('2023-04', 'en')).toBe('April 2023');
    expect(formatWhen('2024', 'en')).toBe('2024');
    expect(formatWhen('2024-late', 'es')).toBe('finales de 2024');
    expect(datetimeOf('2024-late')).toBe('2024');
  });
});

describe('the checks catch', () => {
  const lambda: Fact = {
    id: 'lambda-runtimes-current',
    kind: 'version',
    text: { es: 'x', en: 'x' },
    pages: ['fundamentals/lambda-serverless'],
    sources: ['https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html'],
    verified: '2026-11-30',
    reviewBy: '2027-05-30',
    values: { runtime: ['python3.13'], instanceType: ['t3.micro'], codebuildImage: ['amazonlinux-x86_64-standard:6.0'], price: ['0.005'] },
  };

  it('a runtime, an instance type, an image tag or a price the data does not hold', () => {
    const planted = [
      'Use `python3.8` for this.',
      'aws lambda create-function --runtime dotnet8',
      'Launch a `t2.large`.',
      'image=aws/codebuild/amazonlinux-x86_64-standard:4.0',
      'Glue 3.0 is enough.',
      'It costs US$0.0116 per hour.',
    ].join('\n');
    const problems = unrecordedValues([lambda], 'fundamentals/lambda-serverless', 'en', planted);
    expect(problems).toHaveLength(6);
    expect(problems[0]).toContain("'python3.8'");
  });

  it('a recorded value on a page the fact does not list', () => {
    expect(unrecordedValues([lambda], 'aws-notes/ec2', 'en', 'runtime `python3.13`')).toHaveLength(1);
    expect(unrecordedValues([lambda], 'fundamentals/lambda-serverless', 'en', 'runtime `python3.13`, `t3.micro`')).toEqual([]);
  });

  it('Spanish prices written with a decimal comma', () => {
    expect(unrecordedValues([lambda], 'fundamentals/lambda-serverless', 'es', 'cuesta 0,005 USD por hora')).toEqual([]);
    expect(unrecordedValues([lambda], 'fundamentals/lambda-serverless', 'es', 'cuesta US$0,006 por hora')).toHaveLength(1);
  });

  it('an entry without a source or a verification date', () => {
    const broken = { ...lambda, sources: [] as unknown as Fact['sources'], verified: '' as Fact['verified'] };
    const problems = entryProblems(broken, () => true, () => true);
    expect(problems.some((p) => p.includes('source'))).toBe(true);
    expect(problems.some((p) => p.includes('verified'))).toBe(true);
  });

  it('recorded values that no lesson states any more', () => {
    expect(entryProblems(lambda, () => true, () => false).some((p) => p.includes("'python3.13'"))).toBe(true);
  });

  it('a date written by hand in a "what changed" note, but not an identifier or a FactDate', () => {
    const note = ['<WhatChanged>', '- Since 1 February 2024, every address costs more.', '- `rds-ca-2019` expired in <FactDate id="x" />.', '</WhatChanged>', 'Outside a note, 2024 is fine.'];
    expect(handwrittenDatesInNotes(note.join('\n'), 'en')).toEqual(['en:2: - Since 1 February 2024, every address costs more.']);
  });

  it('a FactDate that names no fact or a fact that does not list the page', () => {
    expect(badFactDates(FACTS, 'aws-notes/vpc', 'en', '<FactDate id="no-such-fact" />')).toHaveLength(1);
    expect(badFactDates(FACTS, 'aws-notes/vpc', 'en', '<FactDate id="app-runner-closed" />')).toHaveLength(1);
    expect(badFactDates(FACTS, 'aws-notes/vpc', 'en', '<FactDate id="public-ipv4-charge" />')).toEqual([]);
  });

  it('the claims due for review on a given day, for `npm run facts` (the suite itself never asks)', () => {
    const on = (reviewBy: Fact['reviewBy'], id: string): Fact => ({ ...lambda, id, reviewBy });
    const facts = [on('2027-05-30', 'later'), on('2027-01-01', 'sooner'), on('2028-01-01', 'not-yet')];
    expect(dueForReview(facts, '2027-06-01').map((f) => f.id)).toEqual(['sooner', 'later']);
    expect(dueForReview(facts, '2026-12-01')).toEqual([]);
  });

  it('every kind of value it scans for', () => {
    expect(VALUE_KINDS.every((k) => SCANNERS[k].pattern.flags.includes('g'))).toBe(true);
    const found = findValues(
      [
        '`db.t4g.micro`, `ml.m5.large`, `t3.micro`, `c7i-flex.large`',
        'PostgreSQL 15 and `--engine-version 16.4`, `rds-ca-rsa2048-g1`',
        '"GlueVersion": "5.0", --glue-version 5.1',
        '`nodejs22.x`, `java25`, `ruby3.4`, `provided.al2023`',
      ].join('\n'),
      'en',
    ).map((v) => `${v.kind}:${v.value}`);
    expect(found).toEqual([
      'instanceType:t3.micro',
      'instanceType:c7i-flex.large',
      'dbInstanceClass:db.t4g.micro',
      'mlInstanceType:ml.m5.large',
      'rdsCa:rds-ca-rsa2048-g1',
      'postgresVersion:15',
      'postgresVersion:16.4',
      'glueVersion:5.0',
      'glueVersion:5.1',
      'runtime:nodejs22.x',
      'runtime:java25',
      'runtime:ruby3.4',
      'runtime:provided.al2023',
    ]);
  });
});
