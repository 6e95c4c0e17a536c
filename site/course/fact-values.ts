import type { Lang } from '../../checker/core/i18n.ts';

/**
 * The kinds of time-sensitive identifier a lesson can state: each one is found by a pattern, and
 * a lesson may state a value only when a fact in site/course/facts.ts records it for that lesson.
 * A runtime deprecated next year, an instance type that left the Free Tier or a build image
 * replaced by a newer one then shows up as a test failure, not as a student's surprise.
 */
export type ValueKind =
  | 'runtime'
  | 'instanceType'
  | 'dbInstanceClass'
  | 'mlInstanceType'
  | 'codebuildImage'
  | 'glueVersion'
  | 'rdsCa'
  | 'postgresVersion'
  | 'price';

const SIZE = '(?:nano|micro|small|medium|large|\\d*xlarge|metal)';

interface Scanner {
  label: string;
  pattern: RegExp;
  /** The value a match stands for (defaults to the whole match). */
  value?: (match: RegExpExecArray, lang: Lang) => string;
}

/** Spanish writes 0,005 and English 0.005; both are recorded as 0.005. */
function normalisePrice(raw: string, lang: Lang): string {
  return lang === 'es' ? raw.replace(/\./g, '').replace(',', '.') : raw.replace(/,/g, '');
}

export const SCANNERS: Record<ValueKind, Scanner> = {
  runtime: {
    label: 'Lambda runtime or versioned interpreter',
    pattern: /\b(?:python3\.\d+|nodejs\d+\.x|dotnet(?:core)?\d+(?:\.\d+)?|java\d+(?:\.al2)?|ruby\d+\.\d+|provided\.al2(?:023)?)\b/g,
  },
  instanceType: {
    label: 'EC2 instance type',
    pattern: new RegExp(`(?<![\\w.-])[a-z]\\d[a-z0-9-]*\\.${SIZE}\\b`, 'g'),
  },
  dbInstanceClass: {
    label: 'RDS DB instance class',
    pattern: new RegExp(`\\bdb\\.[a-z]\\d[a-z0-9-]*\\.${SIZE}\\b`, 'g'),
  },
  mlInstanceType: {
    label: 'SageMaker AI instance type',
    pattern: new RegExp(`\\bml\\.[a-z]\\d[a-z0-9-]*\\.${SIZE}\\b`, 'g'),
  },
  codebuildImage: {
    label: 'CodeBuild image tag',
    pattern: /\b[a-z0-9_-]*standard:\d+\.\d+\b/g,
  },
  glueVersion: {
    label: 'Glue version',
    pattern: /\bGlue (\d+\.\d+)\b|--glue-version[ =](\d+\.\d+)|"GlueVersion"\s*:\s*"(\d+\.\d+)"/g,
    value: (m) => (m[1] ?? m[2] ?? m[3])!,
  },
  rdsCa: {
    label: 'RDS certificate authority',
    pattern: /\brds-ca-[a-z0-9]+(?:-[a-z0-9]+)*\b/g,
  },
  postgresVersion: {
    label: 'RDS for PostgreSQL major version',
    pattern: /\bPostgreSQL (\d+(?:\.\d+)?)\b|--engine-version[ =](\d+(?:\.\d+)*)/g,
    value: (m) => (m[1] ?? m[2])!,
  },
  price: {
    label: 'price in US dollars',
    pattern: /US\$\s?(\d+(?:[.,]\d+)*)|\b(\d+(?:[.,]\d+)*)\s?USD\b/g,
    value: (m, lang) => normalisePrice((m[1] ?? m[2])!, lang),
  },
};

export const VALUE_KINDS = Object.keys(SCANNERS) as ValueKind[];

export interface FoundValue {
  kind: ValueKind;
  value: string;
  line: number;
}

/**
 * Every time-sensitive value a lesson source states: front matter and code blocks included (a
 * command that creates a function states its runtime as much as the prose does); import lines
 * left out.
 */
export function findValues(source: string, lang: Lang): FoundValue[] {
  const found: FoundValue[] = [];
  source.split(/\r?\n/).forEach((raw, i) => {
    if (/^import\s/.test(raw)) return;
    // A <FactDate id="rds-ca-2019-expired" /> names a fact; it states nothing by itself.
    const line = raw.replace(/<FactDate\b[^>]*\/>/g, ' ');
    for (const kind of VALUE_KINDS) {
      const { pattern, value } = SCANNERS[kind];
      for (const m of line.matchAll(pattern)) found.push({ kind, value: value ? value(m, lang) : m[0], line: i + 1 });
    }
  });
  return found;
}
