import { resourcePolicyDecision, type Decision } from '../../checker/judgements/iam-access.ts';
import type { Localized } from '../../checker/core/i18n.ts';
import type { PolicyDocument } from '../../checker/services/kms/types.ts';

/**
 * How the kms-key lab judges a key policy: evaluated as AWS would (a resource policy, with
 * @cloud-copilot/iam-simulate), for principals that must get nothing from the key policy itself.
 * The usual first statement (Principal: the account's root, Action kms:*) passes: it gives nothing
 * by itself, it only lets the account's IAM policies grant access.
 */

/** An account that is not the learner's (AWS's documentation example account). */
export const OTHER_ACCOUNT = '111122223333';

/** Using the key (what S3 and Glue do with it) and administering it (what only its owners may). */
export const GUARDED_ACTIONS = ['kms:Decrypt', 'kms:GenerateDataKey', 'kms:PutKeyPolicy', 'kms:ScheduleKeyDeletion'] as const;

interface Outsider {
  principal: string;
  /** Whether the caller's own IAM policies are taken to allow everything (another account decides those). */
  ownGrant: boolean;
  label: Localized;
}

/**
 * Who must get nothing from the key policy: a role of the learner's account that holds no IAM
 * policy of its own (so only a grant to "*" or to every principal of the account reaches it),
 * and another account and one of its roles, whatever their own policies say.
 */
export function outsiders(account: string): Outsider[] {
  return [
    { principal: `arn:aws:iam::${account}:role/nubelab-someone-else`, ownGrant: false, label: { es: 'un rol de esta cuenta sin permisos de IAM', en: 'a role of this account without IAM permissions' } },
    { principal: `arn:aws:iam::${OTHER_ACCOUNT}:root`, ownGrant: true, label: { es: `la cuenta ${OTHER_ACCOUNT}`, en: `account ${OTHER_ACCOUNT}` } },
    { principal: `arn:aws:iam::${OTHER_ACCOUNT}:role/analyst`, ownGrant: true, label: { es: `un rol de la cuenta ${OTHER_ACCOUNT}`, en: `a role of account ${OTHER_ACCOUNT}` } },
  ];
}

export interface KeyAnswer {
  /** The caller as the evidence names it (in English, like every evidence field). */
  caller: string;
  label: Localized;
  action: string;
  decision: Decision;
}

/** What the key policy decides for every outsider × guarded action on this key. */
export async function judgeKeyPolicy(policy: PolicyDocument, keyArn: string, account: string): Promise<KeyAnswer[]> {
  const answers: KeyAnswer[] = [];
  for (const caller of outsiders(account)) {
    const callerAccount = caller.principal.split(':')[4]!;
    for (const action of GUARDED_ACTIONS) {
      const decision = await resourcePolicyDecision(policy, {
        principal: caller.principal,
        action,
        resource: keyArn,
        resourceAccount: account,
        context: { 'aws:PrincipalArn': caller.principal, 'aws:PrincipalAccount': callerAccount },
      }, { callerOwnGrant: caller.ownGrant });
      answers.push({ caller: caller.label.en, label: caller.label, action, decision });
    }
  }
  return answers;
}
