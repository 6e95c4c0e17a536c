import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../checker/paths.ts';
import { LANGS, type Lang } from '../../checker/core/i18n.ts';
import { lessonPaths } from '../../site/course/lessons.ts';
import { labs } from '../../labs/index.ts';
import { LAB_STACKS } from '../../infra/lib/stacks.ts';
import { SECTIONS } from '../../site/course/sections.ts';

/** One lab id ties the lesson, the checks, the stack and the tests together; this keeps them in step. */

const DOCS = join(ROOT, 'site', 'content', 'docs');

const pagesOf = (lang: Lang) => lessonPaths(ROOT, lang);

function stepMarkers(labId: string): string[] {
  const script = readFileSync(join(ROOT, 'labs', labId, 'steps.sh'), 'utf8');
  return [...script.matchAll(/^# @step (\S+)\s*$/gm)].map((m) => m[1]!);
}

describe('parity between the faces of every lab', () => {
  it('lab ids are unique and each lab lives in labs/<id>/', () => {
    expect(new Set(labs.map((l) => l.id)).size).toBe(labs.length);
    for (const lab of labs) expect(existsSync(join(ROOT, 'labs', lab.id, 'lab.ts')), lab.id).toBe(true);
  });

  it.each(labs.map((l) => [l.id, l] as const))('%s: every check file is exported by the lab, under its own id', (id, lab) => {
    const files = readdirSync(join(ROOT, 'labs', id, 'checks')).filter((f) => f.endsWith('.ts')).map((f) => f.replace(/\.ts$/, '')).sort();
    expect(files).toEqual(lab.checks.map((c) => c.id).sort());
    expect(lab.checks.length).toBeGreaterThan(0);
  });

  it.each(labs.map((l) => [l.id, l] as const))('%s: has its lesson in every language', (_, lab) => {
    for (const lang of LANGS) expect(existsSync(join(DOCS, lang, `${lab.lesson}.mdx`)), `${lang}/${lab.lesson}.mdx`).toBe(true);
  });

  it.each(labs.map((l) => [l.id, l] as const))('%s: has a reference stack', (id) => {
    expect(LAB_STACKS.map((s) => s.labId)).toContain(id);
    expect(existsSync(join(ROOT, 'infra', 'lib', `${id}-stack.ts`))).toBe(true);
  });

  it.each(labs.map((l) => [l.id, l] as const))('%s: steps.sh sections match the lesson captions, in order', (id, lab) => {
    expect(stepMarkers(id)).toEqual(lab.cliSteps.map((s) => s.id));
  });

  it.each(labs.map((l) => [l.id] as const))('%s: has integration tests on the emulator', (id) => {
    expect(existsSync(join(ROOT, 'test', 'integration', `${id}-lab.test.ts`))).toBe(true);
  });

  it('every stack belongs to a lab', () => {
    expect(LAB_STACKS.map((s) => s.labId).sort()).toEqual(labs.map((l) => l.id).sort());
  });

  it('every Spanish page has its English twin at the same path, and the reverse', () => {
    expect(pagesOf('en')).toEqual(pagesOf('es'));
    expect(pagesOf('es').length).toBeGreaterThan(0);
  });

  it.each(SECTIONS.map((s) => [s.dir]))('course section %s has lessons in both languages', (dir) => {
    for (const lang of LANGS) expect(pagesOf(lang).filter((p) => p.startsWith(`${dir}/`)).length, lang).toBeGreaterThan(2);
  });
});
