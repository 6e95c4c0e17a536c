import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../checker/paths.ts';
import { LANGS, type Lang } from '../../checker/core/i18n.ts';
import { SERVICES } from '../../checker/services/index.ts';
import { lessonPaths } from '../../site/course/lessons.ts';
import { labs } from '../../labs/index.ts';
import { LAB_STACKS } from '../../infra/lib/stacks.ts';
import { SECTIONS } from '../../site/course/sections.ts';

/**
 * One lab id ties the lesson, the checks, the stack, the steps and the tests together; one folder
 * per service ties its reader, IAM actions and deploy handlers together. This keeps them in step.
 */

const DOCS = join(ROOT, 'site', 'content', 'docs');
const byLab = labs.map((l) => [l.id, l] as const);
/** Labs added this session by other engineers, whose checks do not carry their `cli` command yet. */
const CLI_FIX_PENDING: string[] = [];

const pagesOf = (lang: Lang) => lessonPaths(ROOT, lang);
const NUMBER = String.raw`\d+|one|two|three|four|five|six|seven|eight|nine|ten|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez`;
const COUNTED_CHECKS = new RegExp(String.raw`\b(${NUMBER})\s+(points|checks|puntos|comprobaciones)\b`, 'i');
const read = (...path: string[]) => readFileSync(join(ROOT, ...path), 'utf8');

function stepMarkers(labId: string): string[] {
  return [...read('labs', labId, 'steps.sh').matchAll(/^# @step (\S+)\s*$/gm)].map((m) => m[1]!);
}

describe('parity between the faces of every lab', () => {
  it('lab ids are unique and each lab lives in labs/<id>/', () => {
    expect(new Set(labs.map((l) => l.id)).size).toBe(labs.length);
    for (const lab of labs) expect(existsSync(join(ROOT, 'labs', lab.id, 'lab.ts')), lab.id).toBe(true);
  });

  it.each(byLab)('%s: every check file is exported by the lab, under its own id', (id, lab) => {
    const files = readdirSync(join(ROOT, 'labs', id, 'checks')).filter((f) => f.endsWith('.ts')).map((f) => f.replace(/\.ts$/, '')).sort();
    expect(files).toEqual(lab.checks.map((c) => c.id).sort());
    expect(lab.checks.length).toBeGreaterThan(0);
  });

  it.each(byLab)('%s: every check carries the AWS CLI command that fixes it, for students on the CLI path', (id, lab) => {
    // Labs whose author is still writing them; each leaves this list once its checks have their commands.
    if (CLI_FIX_PENDING.includes(id)) return;
    for (const check of lab.checks) {
      expect(check.cli, `${check.id}: cli`).toMatch(/^aws [a-z0-9-]+ [a-z0-9-]+/);
      // The hint keeps the console's wording; the command is not a copy of it.
      for (const lang of LANGS) expect(check.hint[lang], `${check.id}: hint (${lang})`).not.toBe(check.cli);
    }
  });

  it('the labs still without CLI commands are really without them (the list only shrinks)', () => {
    for (const id of CLI_FIX_PENDING) {
      const lab = labs.find((l) => l.id === id);
      if (lab) expect(lab.checks.every((c) => c.cli), `${id} has every command now: take it off CLI_FIX_PENDING`).toBe(false);
    }
  });

  it.each(byLab)('%s: its home lesson renders its steps and its check section from the lab id, in every language', (id, lab) => {
    for (const lang of LANGS) {
      const file = join(DOCS, lang, `${lab.lessons[0]}.mdx`);
      expect(existsSync(file), `${lang}/${lab.lessons[0]}.mdx`).toBe(true);
      const mdx = readFileSync(file, 'utf8');
      expect(mdx, `${lang}: <LabSteps lab="${id}">`).toContain(`<LabSteps lab="${id}">`);
      expect(mdx, `${lang}: <CheckYourWork lab="${id}" />`).toContain(`<CheckYourWork lab="${id}" />`);
      expect(mdx, `${lang}: no "lab pending" note on a page that has its lab`).not.toContain('<LabPending');
      // How many checks a lab has is the lab's own fact: <CheckYourWork> states it, prose must not.
      expect(mdx, `${lang}: a hard-coded count of checks`).not.toMatch(COUNTED_CHECKS);
    }
  });

  it.each(byLab)('%s: every other lesson it serves links to it or hosts it, in every language', (id, lab) => {
    for (const lesson of lab.lessons.slice(1)) {
      for (const lang of LANGS) {
        const mdx = read('site', 'content', 'docs', lang, `${lesson}.mdx`);
        const linksHome = mdx.includes(`/${lang}/${lab.lessons[0]}/`);
        expect(linksHome || mdx.includes(`<CheckYourWork lab="${id}" />`), `${lang}/${lesson} → ${id}`).toBe(true);
      }
    }
  });

  it.each(byLab)('%s: its required labs exist and come before it', (id, lab) => {
    const position = labs.findIndex((l) => l.id === id);
    for (const required of lab.requires ?? []) {
      const at = labs.findIndex((l) => l.id === required);
      expect(at, `${id} requires ${required}`).toBeGreaterThanOrEqual(0);
      expect(at).toBeLessThan(position);
    }
  });

  it.each(byLab)('%s: has a reference stack with its own stack test', (id) => {
    expect(LAB_STACKS.map((s) => s.labId)).toContain(id);
    expect(existsSync(join(ROOT, 'infra', 'lib', `${id}-stack.ts`)), `infra/lib/${id}-stack.ts`).toBe(true);
    expect(existsSync(join(ROOT, 'test', 'infra', `${id}-stack.test.ts`)), `test/infra/${id}-stack.test.ts`).toBe(true);
  });

  it.each(byLab)('%s: every check has a unit test with compliance and non-compliance cases', (id, lab) => {
    for (const check of lab.checks) {
      const file = join(ROOT, 'test', 'unit', 'labs', id, `${check.id}.test.ts`);
      expect(existsSync(file), `test/unit/labs/${id}/${check.id}.test.ts`).toBe(true);
      const source = readFileSync(file, 'utf8');
      expect(source, `${check.id}: a compliance case`).toMatch(/compliance:/);
      expect(source, `${check.id}: a non-compliance case`).toMatch(/non-compliance:/);
    }
  });

  it.each(byLab)('%s: steps.sh sections match the lesson captions, in order', (id, lab) => {
    expect(stepMarkers(id)).toEqual(lab.cliSteps.map((s) => s.id));
  });

  it.each(byLab)('%s: has integration tests on the emulator that run the shared lab contract', (id) => {
    const file = join(ROOT, 'test', 'integration', `${id}-lab.test.ts`);
    expect(existsSync(file), `test/integration/${id}-lab.test.ts`).toBe(true);
    expect(readFileSync(file, 'utf8')).toContain('describeLabContract(');
  });

  it('every stack belongs to a lab', () => {
    expect(LAB_STACKS.map((s) => s.labId).sort()).toEqual(labs.map((l) => l.id).sort());
  });

  it.each(SERVICES.map((s) => [s.name, s] as const))('service %s: lives in its folder; if checks read it, with a fake for their tests', (name, service) => {
    expect(existsSync(join(ROOT, 'checker', 'services', name === 'account' ? 'sts' : name, 'index.ts'))).toBe(true);
    const reads = Object.keys(service.readOperations).length;
    // A service NubeLab only deploys (e.g. a function's log group) reads nothing: no reader methods, no fake.
    expect(reads > 0 || service.handlers.length > 0, 'a service either reads or deploys').toBe(true);
    if (reads === 0) {
      expect(Object.keys(service.reader({} as never) as object)).toEqual([]);
      return;
    }
    if (name !== 'account') expect(existsSync(join(ROOT, 'test', 'support', 'fakes', `${name}.ts`)), `test/support/fakes/${name}.ts`).toBe(true);
  });

  it('every Spanish page has its English twin at the same path, and the reverse', () => {
    expect(pagesOf('en')).toEqual(pagesOf('es'));
    expect(pagesOf('es').length).toBeGreaterThan(0);
  });

  it.each(SECTIONS.map((s) => [s.dir]))('course section %s has lessons in both languages', (dir) => {
    for (const lang of LANGS) expect(pagesOf(lang).filter((p) => p.startsWith(`${dir}/`)).length, lang).toBeGreaterThan(2);
  });
});
