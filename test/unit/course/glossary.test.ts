import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../../checker/paths.ts';
import { LANGS } from '../../../checker/core/i18n.ts';
import { docsDir, lessonFile, lessonPaths } from '../../../site/course/lessons.ts';
import { definitionParts, glossary, glossaryInOrder } from '../../../site/course/glossary.ts';
import { languageShare } from '../../../site/course/language.ts';

/** The ids lessons were written against: the glossary must offer exactly these. */
const EXPECTED_IDS = [
  'iaas', 'paas', 'saas', 'region', 'availability-zone', 'arn', 'iam-user', 'iam-group', 'iam-role',
  'instance-profile', 'policy', 'managed-policy', 'trust-policy', 'principal', 'least-privilege', 'access-key',
  'mfa', 'ec2-instance', 'ami', 'instance-type', 'key-pair', 'user-data', 'security-group', 'network-acl',
  'stateful-stateless', 'vpc', 'subnet', 'cidr', 'route-table', 'internet-gateway', 'nat-gateway',
  'vpc-endpoint', 'bucket', 'object', 'prefix', 'bucket-policy', 'versioning', 'storage-class',
  'lifecycle-rule', 'multipart-upload', 'replication', 'event-notification', 'server-side-encryption',
  'kms-key', 'key-policy', 'tls', 'serverless', 'lambda-function', 'runtime', 'trigger', 'concurrency',
  'container', 'data-lake', 'etl', 'data-catalog', 'crawler', 'metric', 'alarm', 'log-group', 'pipeline',
  'free-tier', 'endpoint', 'imds', 'sts', 'root-user', 'identity-center', 'resource-based-policy', 'ebs-volume',
  'snapshot', 'elastic-ip', 'cloudtrail', 'secret', 'vpc-peering', 'transit-gateway', 'flow-logs', 'cold-start',
  'throttling', 'envelope-encryption',
];

const ids = glossary.map((entry) => entry.id);

/** A definition's prose, with its `code` spans left out. */
const proseOf = (definition: string): string => definitionParts(definition).filter((part) => !part.code).map((part) => part.text).join(' ');

const known = new Set(ids);

describe('glossary data', () => {
  it('has unique, kebab-case ids', () => {
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    expect(ids.filter((id) => !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id))).toEqual([]);
  });

  it('offers exactly the ids the lessons were written against', () => {
    expect([...ids].sort()).toEqual([...EXPECTED_IDS].sort());
  });

  it.each(LANGS.map((lang) => [lang]))('has a term and a definition in %s for every entry', (lang) => {
    const empty = glossary.filter((entry) => !entry.term[lang].trim() || !entry.definition[lang].trim());
    expect(empty.map((entry) => entry.id)).toEqual([]);
  });

  it('translates every definition (no language left as a copy of the other)', () => {
    expect(glossary.filter((entry) => entry.definition.es === entry.definition.en).map((entry) => entry.id)).toEqual([]);
  });

  it.each(LANGS.map((lang) => [lang]))('writes each %s definition in that language, in one to three sentences', (lang) => {
    for (const entry of glossary) {
      const definition = entry.definition[lang];
      expect(definition.split('`').length % 2, `${entry.id}: unbalanced backticks`).toBe(1);
      expect(languageShare(proseOf(definition), lang), `${entry.id}: does not read as ${lang}`).toBeGreaterThan(0.75);
      const sentences = proseOf(definition).split(/[.!?](?:\s+|$)/).filter((s) => s.trim() !== '');
      expect(sentences.length, `${entry.id}: ${sentences.length} sentences`).toBeGreaterThanOrEqual(1);
      expect(sentences.length, `${entry.id}: ${sentences.length} sentences`).toBeLessThanOrEqual(3);
    }
  });

  it('relates entries only to entries that exist, and never to themselves', () => {
    const broken = glossary.flatMap((entry) =>
      (entry.related ?? []).filter((id) => !known.has(id) || id === entry.id).map((id) => `${entry.id} → ${id}`),
    );
    expect(broken).toEqual([]);
  });
});

describe('definition parts', () => {
  it('turns `backtick` spans into code and keeps the prose around them', () => {
    expect(definitionParts('Usa `aws s3 ls` para listar.')).toEqual([
      { text: 'Usa ', code: false },
      { text: 'aws s3 ls', code: true },
      { text: ' para listar.', code: false },
    ]);
    expect(definitionParts('`us-east-1`')).toEqual([{ text: 'us-east-1', code: true }]);
  });
});

describe.each(LANGS.map((lang) => [lang]))('glossary page in %s', (lang) => {
  const page = readFileSync(join(docsDir(ROOT, lang), 'glossary.mdx'), 'utf8');

  // The entries are listed in the MDX (the links validator only sees ids written there), so the
  // page must list every entry, once, in this language's alphabetical order.
  it('lists every entry once, alphabetically by its term in this language', () => {
    const listed = [...page.matchAll(/<GlossaryEntry id="([^"]+)" \/>/g)].map((m) => m[1]);
    const expected = glossaryInOrder(lang).map((entry) => entry.id);
    expect(listed, `paste into ${lang}/glossary.mdx:\n${expected.map((id) => `  <GlossaryEntry id="${id}" />`).join('\n')}\n`).toEqual(expected);
  });
});

describe.each(LANGS.map((lang) => [lang]))('glossary links in %s lessons', (lang) => {
  const links = lessonPaths(ROOT, lang).flatMap((page) => {
    const source = readFileSync(lessonFile(ROOT, lang, page)!, 'utf8');
    return [...source.matchAll(/\/(?:es|en)\/glossary\/#([A-Za-z0-9_-]+)/g)].map((m) => ({ page, id: m[1]! }));
  });

  it('point at entries that exist', () => {
    expect(links.filter((link) => !known.has(link.id)).map((link) => `${link.page}: #${link.id}`)).toEqual([]);
  });
});
