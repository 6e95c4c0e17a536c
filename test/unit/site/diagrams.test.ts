import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../../checker/paths.ts';
import { LANGS } from '../../../checker/core/i18n.ts';
import { copiedFromGuides, guideRuns } from '../../../site/course/guide-runs.ts';
import { textWidth, wrapText } from '../../../site/components/diagrams/wrap.ts';
import { text as taxi } from '../../../site/components/diagrams/TaxiDataFlow.text.ts';
import { text as ec2Role } from '../../../site/components/diagrams/Ec2RoleToS3.text.ts';
import { text as sgNacl } from '../../../site/components/diagrams/SecurityGroupsVsNacls.text.ts';
import { text as resizeLoop } from '../../../site/components/diagrams/S3LambdaResizeLoop.text.ts';
import { text as architecture } from '../../../site/components/diagrams/ServicesArchitecture.text.ts';

const DIR = join(ROOT, 'site', 'components', 'diagrams');
const DIAGRAMS: Record<string, Record<string, unknown>> = {
  TaxiDataFlow: taxi,
  Ec2RoleToS3: ec2Role,
  SecurityGroupsVsNacls: sgNacl,
  S3LambdaResizeLoop: resizeLoop,
  ServicesArchitecture: architecture,
};

/** Every string in a text object, with its path ('steps.3', 'code.title'). */
function leaves(value: unknown, path = ''): [string, unknown][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, `${path}.${i}`));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  }
  return [[path, value]];
}

describe.each(Object.entries(DIAGRAMS))('%s', (name, text) => {
  it('says the same things in every language, none of them empty', () => {
    const [first, ...rest] = LANGS;
    const shape = leaves(text[first]).map(([path]) => path);
    for (const lang of rest) expect(leaves(text[lang]).map(([path]) => path), lang).toEqual(shape);
    for (const lang of LANGS) {
      for (const [path, value] of leaves(text[lang])) {
        expect(typeof value, `${lang} ${path}`).toBe('string');
        expect((value as string).trim(), `${lang} ${path}`).not.toBe('');
      }
    }
  });

  it('is drawn by a component that reads its text from the sibling module and uses the shared frame', () => {
    const source = readFileSync(join(DIR, `${name}.astro`), 'utf8');
    expect(source).toContain(`from './${name}.text.ts'`);
    expect(source).toContain('<Diagram ');
    expect(source).toContain('pageLang(Astro.currentLocale)');
  });

  it('has a text description with a title, a summary and at least three steps', () => {
    for (const lang of LANGS) {
      const t = text[lang] as { title?: unknown; description?: unknown; steps?: unknown };
      expect(typeof t.title, lang).toBe('string');
      expect(typeof t.description, lang).toBe('string');
      expect(Array.isArray(t.steps) && t.steps.length >= 3, lang).toBe(true);
    }
  });
});

describe('diagram ids', () => {
  it('are unique, so two diagrams on one page never share a <title> or an arrowhead', () => {
    const ids = Object.keys(DIAGRAMS).map((name) => {
      const match = /const id = '([a-z0-9-]+)';/.exec(readFileSync(join(DIR, `${name}.astro`), 'utf8'));
      expect(match, name).not.toBeNull();
      return match![1];
    });
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^diagram-/);
  });

  it('every diagram component in the folder is covered here', () => {
    const shared = new Set(['Diagram', 'Box', 'Arrow', 'Region', 'Label', 'Badge']);
    const drawn = readdirSync(DIR)
      .filter((f) => f.endsWith('.astro'))
      .map((f) => f.replace(/\.astro$/, ''))
      .filter((n) => !shared.has(n));
    expect(drawn.sort()).toEqual(Object.keys(DIAGRAMS).sort());
  });
});

describe('diagram text is written anew', () => {
  const runs = guideRuns(ROOT);
  it.each(Object.keys(DIAGRAMS))('%s shares no run of eight words with the guides', (name) => {
    for (const lang of LANGS) {
      const all = leaves(DIAGRAMS[name]![lang]).map(([, v]) => String(v)).join('\n');
      expect(copiedFromGuides(all, runs), lang).toEqual([]);
    }
  });
});

describe('wrapText', () => {
  it('fills lines up to the width and keeps forced breaks', () => {
    const lines = wrapText('uno dos tres cuatro\ncinco', textWidth('uno dos tres', 15), 15);
    expect(lines).toEqual(['uno dos tres', 'cuatro', 'cinco']);
  });

  it('names a word that can never fit', () => {
    expect(() => wrapText('a supercalifragilistic word', 60, 15)).toThrow("'supercalifragilistic'");
  });

  it('counts capitals and bold as wider', () => {
    expect(textWidth('AWS', 15)).toBeGreaterThan(textWidth('aws', 15));
    expect(textWidth('aws', 15, 'bold')).toBeGreaterThan(textWidth('aws', 15));
  });
});
