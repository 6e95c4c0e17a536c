import type { Localized } from './i18n.ts';
import type { CheckDefinition, Evidence, LabDefinition, Outcome } from './types.ts';

const CHECK_ID = /^[a-z0-9]+(_[a-z0-9]+)+$/;
const LAB_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function endsWithPeriod(text: Localized): boolean {
  return Object.values(text).every((t) => t.trim().endsWith('.'));
}

export function defineCheck(check: CheckDefinition): CheckDefinition {
  if (!CHECK_ID.test(check.id)) throw new Error(`check id '${check.id}' is not <service>_<resource>_<state>`);
  if (!(check.points > 0)) throw new Error(`check '${check.id}' must be worth points`);
  if (!endsWithPeriod(check.hint)) throw new Error(`check '${check.id}': hints end with a period`);
  return check;
}

export function defineLab(lab: LabDefinition): LabDefinition {
  if (!LAB_ID.test(lab.id)) throw new Error(`lab id '${lab.id}' is not kebab-case`);
  if (lab.checks.length === 0) throw new Error(`lab '${lab.id}' has no checks`);
  const ids = new Set(lab.checks.map((c) => c.id));
  if (ids.size !== lab.checks.length) throw new Error(`lab '${lab.id}' repeats a check id`);
  // A prerequisite must be declared earlier in the lab, which also rules out cycles.
  lab.checks.forEach((check, i) => {
    for (const need of check.needs ?? []) {
      const at = lab.checks.findIndex((c) => c.id === need);
      if (at < 0 || at >= i) throw new Error(`lab '${lab.id}': ${check.id} needs ${need}, which is not an earlier check of the lab`);
    }
  });
  return lab;
}

function outcome(status: Outcome['status']) {
  return (message: Localized, evidence: Evidence = {}): Outcome => {
    if (!endsWithPeriod(message)) throw new Error(`messages end with a period: ${message.en}`);
    return { status, message, evidence };
  };
}

export const pass = outcome('pass');
export const fail = outcome('fail');
export const notApplicable = outcome('not_applicable');
