import { createHash } from 'node:crypto';
import type { PseudoParameters } from '../../deploy/template/types.ts';

/**
 * CloudFormation names an unnamed IAM resource `<stack>-<logical id>-<random>`. Here the suffix is
 * a hash of account, region, stack and logical id, so destroy finds the same name again.
 */
export function generatedIamName(pseudo: PseudoParameters, logicalId: string, maxLength: number): string {
  const suffix = createHash('sha256').update(`${pseudo.accountId}/${pseudo.region}/${pseudo.stackName}/${logicalId}`).digest('hex').slice(0, 12);
  const base = `${pseudo.stackName}-${logicalId}`.replace(/[^A-Za-z0-9+=,.@_-]/g, '-').slice(0, maxLength - suffix.length - 1);
  return `${base}-${suffix}`;
}

/** IAM wants policy documents as JSON text; templates hold them as objects (or, rarely, text). */
export function documentText(document: unknown): string {
  return typeof document === 'string' ? document : JSON.stringify(document);
}
