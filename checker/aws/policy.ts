/** IAM-style policy documents (identity, trust and resource policies) and helpers to read them. */

export interface PolicyStatement {
  Sid?: string;
  Effect: 'Allow' | 'Deny';
  Principal?: unknown;
  NotPrincipal?: unknown;
  Action?: string | string[];
  NotAction?: string | string[];
  Resource?: string | string[];
  NotResource?: string | string[];
  Condition?: Record<string, Record<string, unknown>>;
}

export interface PolicyDocument {
  Version?: string;
  Statement: PolicyStatement | PolicyStatement[];
}


export function asArray<T>(value: T | T[] | undefined): T[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

export function statementsOf(policy: PolicyDocument | undefined): PolicyStatement[] {
  return asArray(policy?.Statement);
}

/** IAM wildcard match: `*` any run of characters, `?` one character; case-sensitive like ARNs. */
export function wildcardMatch(pattern: string, value: string): boolean {
  const regex = new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`, 's');
  return regex.test(value);
}

/** True when the principal is everyone: `"*"` or `{"AWS": "*"}`. */
export function isEveryone(principal: unknown): boolean {
  if (principal === '*') return true;
  if (typeof principal === 'object' && principal !== null) {
    return asArray((principal as { AWS?: string | string[] }).AWS).includes('*');
  }
  return false;
}

/** True when the action list covers every S3 action (`*` or `s3:*`, actions are case-insensitive). */
export function coversAllS3Actions(action: string | string[] | undefined): boolean {
  return asArray(action).some((a) => ['*', 's3:*'].includes(a.toLowerCase()));
}

/** Condition keys and operators are case-insensitive; values may be strings, booleans or lists. */
export function conditionValues(condition: PolicyStatement['Condition'], operators: string[], key: string): unknown[] | undefined {
  if (!condition) return undefined;
  for (const [operator, entries] of Object.entries(condition)) {
    if (!operators.some((o) => o.toLowerCase() === operator.toLowerCase())) continue;
    for (const [k, v] of Object.entries(entries)) if (k.toLowerCase() === key.toLowerCase()) return asArray(v as unknown);
  }
  return undefined;
}

/**
 * IAM returns every policy document URL-encoded (RFC 3986); some emulators return raw JSON.
 * A raw document starts with `{`, an encoded one with `%7B`, so both are read correctly.
 */
export function parsePolicyDocument(text: string): PolicyDocument {
  const json = text.trimStart().startsWith('{') ? text : decodeURIComponent(text);
  return JSON.parse(json) as PolicyDocument;
}
