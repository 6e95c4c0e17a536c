/**
 * "Can this principal do action A on resource R?", answered by evaluating the principal's IAM
 * policies with @cloud-copilot/iam-simulate, not by reading their text. Checks that grade an IAM
 * lab ask here instead of matching wildcards themselves, so `s3:*`, `NotAction`, `NotResource`,
 * conditions, explicit denies and case-insensitive action names all count the way AWS counts them.
 *
 * What is evaluated: identity-based policies (inline, customer managed, AWS managed) and, if
 * given, one permissions boundary. No SCPs, RCPs, session or resource policies: the answer is
 * "what the principal's own policies allow", which is what the labs teach.
 *
 * Assumptions a caller should know:
 * - Same account: the resource is taken to live in the account of its ARN or, when the ARN has
 *   none (S3), in the principal's account. Identity policies alone decide same-account requests;
 *   for a resource in another account AWS also needs a resource policy, so the answer is then an
 *   implicit deny.
 * - Strict evaluation, as AWS does it: a condition key the question does not supply is absent.
 *   `StringEquals aws:ResourceTag/Project = taxi` with no tag in the question is a resource
 *   without that tag, so the statement does not apply. `missingContextKeys` lists such keys so
 *   a grader can tell "denied" from "denied unless the resource carries the tag".
 * - From the principal ARN alone, `aws:PrincipalAccount`, and for users and roles
 *   `aws:PrincipalArn` (users also `aws:username`) are filled in, as AWS would; any other key
 *   (`aws:SecureTransport`, `aws:SourceIp`, tags, `aws:MultiFactorAuthPresent`…) is the question's to give.
 * - Questions name one concrete action and one concrete resource (or `*` for actions that take
 *   no resource, such as `ec2:DescribeInstances`). Wildcards there make the question ambiguous
 *   (any resource? every resource?) and are refused.
 *
 * All the library's data (the service authorization reference) ships inside the npm package and
 * is read from disk: no network is needed. The library is AGPL-3.0-or-later (its data package is
 * MIT); nothing else imports it, so this file is the one place to change to swap it.
 */
import type { RequestAnalysis, Simulation, SimulationErrors, StatementExplain } from '@cloud-copilot/iam-simulate';

let simulator: Promise<typeof import('@cloud-copilot/iam-simulate')> | undefined;
/**
 * The library is loaded on the first question, not when this module is: every CLI command loads
 * the labs (and so this file), and only IAM checks need the simulator (~40 ms to import).
 */
const loadSimulator = () => (simulator ??= import('@cloud-copilot/iam-simulate'));

/**
 * An IAM policy document as JSON. Kept loose on purpose: the library validates every element, and
 * any stricter document type of the checker (its PolicyDocument) fits in it.
 */
export interface PolicyDocumentJson {
  Version?: string;
  Statement: object | object[];
}

export type PolicyKind = 'inline' | 'managed' | 'aws-managed';

export interface IdentityPolicy {
  /** The policy's name as IAM shows it (inline policy name or managed policy name). */
  name: string;
  kind: PolicyKind;
  arn?: string;
  /** The document, parsed or as JSON text (IAM's APIs return text; URL-decoding is the reader's job). */
  document: PolicyDocumentJson | string;
}

export interface PermissionsBoundary {
  name: string;
  arn?: string;
  document: PolicyDocumentJson | string;
}

export interface AccessQuestion {
  /** One IAM action, e.g. `s3:GetObject`; case does not matter, wildcards are refused. */
  action: string;
  /** One ARN, or `*` for actions that take no resource. */
  resource: string;
  /** Request context (condition keys), e.g. `{ 's3:prefix': 'raw/' }`; absent keys are absent, as in AWS. */
  context?: Record<string, string | string[]>;
  /** The account that owns the resource, for ARNs that carry none (S3); defaults to the principal's. */
  resourceAccount?: string;
}

export type Decision = 'allowed' | 'implicit-deny' | 'explicit-deny';

export interface DecidingStatement {
  /** The name of the policy, as given in `IdentityPolicy.name` or `PermissionsBoundary.name`. */
  policy: string;
  kind: PolicyKind | 'permissions-boundary';
  arn?: string;
  sid?: string;
  /** 0-based position in the document's `Statement` list (a lone statement object is 0). */
  statementIndex: number;
}

export interface AccessAnswer {
  action: string;
  resource: string;
  allowed: boolean;
  decision: Decision;
  /**
   * The statement that decided: for `allowed`, the first matching Allow of the identity policies
   * (in the order they were given); for `explicit-deny`, the first matching Deny (an identity
   * policy's or the boundary's). Absent for `implicit-deny`: nothing decided, nothing allowed.
   */
  decidedBy?: DecidingStatement;
  /** For `implicit-deny`: no Allow in the identity policies, or (with a boundary) none in the boundary. */
  notAllowedBy?: 'identity-policies' | 'permissions-boundary';
  /**
   * Condition keys that a statement covering this action and resource tested but the question
   * did not supply; supplying them may change the answer.
   */
  missingContextKeys: string[];
  /** Context keys the question supplied that do not apply to this action (typos land here). */
  ignoredContextKeys: string[];
}

export interface EvaluateOptions {
  permissionsBoundary?: PermissionsBoundary;
}

/** A policy document that is not a readable IAM policy (not JSON, no Statement, bad element). */
export class PolicyDocumentError extends Error {
  override readonly name = 'PolicyDocumentError';
  readonly policy: string;
  readonly problems: string[];
  constructor(policy: string, problems: string[]) {
    super(`IAM policy "${policy}" cannot be evaluated: ${problems.join('; ')}`);
    this.policy = policy;
    this.problems = problems;
  }
}

/** A question IAM cannot answer as asked (unknown action, wildcard, resource the action does not take, bad principal). */
export class AccessQuestionError extends Error {
  override readonly name = 'AccessQuestionError';
  readonly action: string;
  readonly resource: string;
  readonly reason: string;
  constructor(action: string, resource: string, reason: string) {
    super(`Cannot ask whether ${action} is allowed on ${resource}: ${reason}`);
    this.action = action;
    this.resource = resource;
    this.reason = reason;
  }
}

/** What the library explains for its error codes, in words a lab author can act on. */
const LIBRARY_ERRORS: Record<string, string> = {
  'invalid.action': 'not a known IAM action (or it has a wildcard: ask about one action)',
  'no.resource.types': 'the resource is not of a type this action acts on (e.g. an object action on a bucket ARN)',
};

/** A policy as the library receives it, with the identity we map its statements back to. */
interface Prepared {
  key: string;
  ref: Omit<DecidingStatement, 'sid' | 'statementIndex'>;
  policy: unknown;
}

function parseDocument(name: string, document: unknown): unknown {
  let parsed = document;
  if (typeof document === 'string') {
    try {
      parsed = JSON.parse(document);
    } catch (error) {
      throw new PolicyDocumentError(name, [`not JSON (${(error as Error).message})`]);
    }
  }
  // The library reports most shapes itself but throws a bare TypeError on null.
  if (parsed === null) throw new PolicyDocumentError(name, ['the document is null']);
  return parsed;
}

/** Parses once; every question of an `evaluateAll` reuses the result. */
function prepare(policies: IdentityPolicy[], options: EvaluateOptions): { identity: Prepared[]; boundary?: Prepared } {
  // The library names statements by policy identifier; an index-based key keeps two policies
  // that share a name (an inline and a managed "s3-access") apart.
  const identity = policies.map((p, i): Prepared => ({
    key: `identity-${i}`,
    ref: { policy: p.name, kind: p.kind, ...(p.arn ? { arn: p.arn } : {}) },
    policy: parseDocument(p.name, p.document),
  }));
  const b = options.permissionsBoundary;
  if (!b) return { identity };
  return {
    identity,
    boundary: {
      key: 'boundary',
      ref: { policy: b.name, kind: 'permissions-boundary', ...(b.arn ? { arn: b.arn } : {}) },
      policy: parseDocument(b.name, b.document),
    },
  };
}

/**
 * The request context AWS fills in from the caller, which the library leaves to us: without it a
 * `${aws:username}` resource or an `aws:PrincipalArn` condition could never match. Only keys that
 * follow from the ARN alone; a role session's `aws:PrincipalArn` is its role's ARN, whose path the
 * session ARN does not carry, so sessions get only the account. The question's context wins.
 */
function principalContext(principalArn: string, account: string): Record<string, string> {
  const context: Record<string, string> = { 'aws:PrincipalAccount': account };
  const resource = principalArn.split(':').slice(5).join(':');
  if (resource.startsWith('user/') || resource.startsWith('role/')) context['aws:PrincipalArn'] = principalArn;
  if (resource.startsWith('user/')) context['aws:username'] = resource.split('/').at(-1)!;
  return context;
}

/** The 12-digit account of an ARN, or undefined when the ARN has none (S3) or is `*`. */
function accountOf(arn: string): string | undefined {
  const account = arn.split(':')[4];
  return account && /^\d{12}$/.test(account) ? account : undefined;
}

function policyErrors(errors: SimulationErrors, prepared: { identity: Prepared[]; boundary?: Prepared }): PolicyDocumentError | undefined {
  const all = { ...errors.identityPolicyErrors, ...errors.permissionBoundaryErrors };
  for (const [key, problems] of Object.entries(all)) {
    if (problems.length === 0) continue;
    const name = [...prepared.identity, ...(prepared.boundary ? [prepared.boundary] : [])].find((p) => p.key === key)?.ref.policy ?? key;
    return new PolicyDocumentError(name, problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message)));
  }
  return undefined;
}

function keysMissingFrom(analysis: RequestAnalysis): string[] {
  const statements = [analysis.identityAnalysis, analysis.permissionBoundaryAnalysis].flatMap((a) =>
    a ? [...a.allowStatements, ...a.denyStatements, ...a.unmatchedStatements] : [],
  );
  const keys = new Set<string>();
  for (const s of statements) {
    const explain: StatementExplain = s.explain;
    // A condition only matters when the rest of the statement covers the request.
    if (!explain.actionMatch || !explain.resourceMatch) continue;
    for (const c of explain.conditions ?? []) {
      if (c.failedBecauseMissing || c.matchedBecauseMissing) keys.add(c.conditionKeyValue);
    }
  }
  return [...keys];
}

async function ask(principalArn: string, prepared: { identity: Prepared[]; boundary?: Prepared }, q: AccessQuestion): Promise<AccessAnswer> {
  const principalAccount = accountOf(principalArn);
  if (!principalAccount) throw new AccessQuestionError(q.action, q.resource, `the principal "${principalArn}" is not an ARN with an account`);
  const simulation: Simulation = {
    request: {
      principal: principalArn,
      action: q.action,
      resource: { resource: q.resource, accountId: q.resourceAccount ?? accountOf(q.resource) ?? principalAccount },
      contextVariables: { ...principalContext(principalArn, principalAccount), ...q.context },
    },
    identityPolicies: prepared.identity.map((p) => ({ name: p.key, policy: p.policy })),
    serviceControlPolicies: [],
    resourceControlPolicies: [],
    ...(prepared.boundary ? { permissionBoundaryPolicies: [{ name: prepared.boundary.key, policy: prepared.boundary.policy }] } : {}),
  };
  const { getDenialReasons, getGrantReasons, runSimulation } = await loadSimulator();
  const response = await runSimulation(simulation, { simulationMode: 'Strict' });
  if (response.resultType === 'error') {
    const policyError = policyErrors(response.errors, prepared);
    if (policyError) throw policyError;
    const code = response.errors.message;
    throw new AccessQuestionError(q.action, q.resource, LIBRARY_ERRORS[code] ?? code);
  }
  if (response.resultType === 'wildcard') {
    throw new AccessQuestionError(q.action, q.resource, 'the resource has a wildcard: ask about one concrete resource');
  }

  const { analysis, ignoredContextKeys } = response.result;
  const byKey = new Map([...prepared.identity, ...(prepared.boundary ? [prepared.boundary] : [])].map((p) => [p.key, p.ref]));
  const statementRef = (policyKey: string, sid: string | undefined, index: number): DecidingStatement => ({
    ...(byKey.get(policyKey) ?? { policy: policyKey, kind: 'inline' }),
    ...(sid ? { sid } : {}),
    // The library counts statements from 1; we count like the JSON array, from 0.
    statementIndex: index - 1,
  });

  const base = {
    action: q.action,
    resource: q.resource,
    missingContextKeys: keysMissingFrom(analysis),
    // Only the question's own keys: the ones filled in from the principal are not its mistakes.
    ignoredContextKeys: (ignoredContextKeys ?? []).filter((k) => Object.keys(q.context ?? {}).some((own) => own.toLowerCase() === k.toLowerCase())),
  };
  switch (analysis.result) {
    case 'Allowed': {
      const grant = getGrantReasons(analysis).find((g) => g.policyType === 'identity');
      return {
        ...base,
        allowed: true,
        decision: 'allowed',
        ...(grant && 'policyIdentifier' in grant ? { decidedBy: statementRef(grant.policyIdentifier, grant.statementId, grant.statementIndex) } : {}),
      };
    }
    case 'ExplicitlyDenied': {
      const deny = getDenialReasons(analysis).find((d) => d.denialType === 'Explicit');
      return {
        ...base,
        allowed: false,
        decision: 'explicit-deny',
        ...(deny && deny.denialType === 'Explicit' && deny.policyIdentifier
          ? { decidedBy: statementRef(deny.policyIdentifier, deny.statementId, deny.statementIndex) }
          : {}),
      };
    }
    case 'ImplicitlyDenied': {
      const denials = getDenialReasons(analysis);
      return {
        ...base,
        allowed: false,
        decision: 'implicit-deny',
        notAllowedBy: denials.some((d) => d.policyType === 'identity') ? 'identity-policies' : 'permissions-boundary',
      };
    }
  }
}

/** Whether `principalArn`, holding `policies` (and an optional boundary), may do `q.action` on `q.resource`. */
export async function canDo(principalArn: string, policies: IdentityPolicy[], q: AccessQuestion, options: EvaluateOptions = {}): Promise<AccessAnswer> {
  return ask(principalArn, prepare(policies, options), q);
}

/** `canDo` for several questions about one principal; the documents are parsed once. Answers keep the questions' order. */
export async function evaluateAll(principalArn: string, policies: IdentityPolicy[], questions: AccessQuestion[], options: EvaluateOptions = {}): Promise<AccessAnswer[]> {
  const prepared = prepare(policies, options);
  const answers: AccessAnswer[] = [];
  // Sequential: each simulation is CPU-bound, so running them together would gain nothing.
  for (const q of questions) answers.push(await ask(principalArn, prepared, q));
  return answers;
}

/** One line of evidence, e.g. "s3:DeleteObject on arn:aws:s3:::b/x is allowed by policy AmazonS3FullAccess, statement 0". */
export function describeAnswer(a: AccessAnswer): string {
  const where = a.decidedBy
    ? ` by policy ${a.decidedBy.policy}, statement ${a.decidedBy.statementIndex}${a.decidedBy.sid ? ` (${a.decidedBy.sid})` : ''}`
    : a.notAllowedBy === 'permissions-boundary'
      ? ': the permissions boundary does not allow it'
      : ': no policy allows it';
  const verdict = a.decision === 'allowed' ? 'allowed' : a.decision === 'explicit-deny' ? 'explicitly denied' : 'not allowed';
  return `${a.action} on ${a.resource} is ${verdict}${where}`;
}

/** How a principal measures up against what it must, and must not, be able to do. */
export interface AccessVerdict {
  /** Every answer, the required questions first. */
  answers: AccessAnswer[];
  /** Required requests its policies do not allow. */
  missing: AccessAnswer[];
  /** Forbidden requests its policies allow. */
  excess: AccessAnswer[];
}

/** Asks both lists about one principal in one evaluation and sorts out what is missing and what is too much. */
export async function judgeAccess(principalArn: string, policies: IdentityPolicy[], mustAllow: AccessQuestion[], mustDeny: AccessQuestion[]): Promise<AccessVerdict> {
  const answers = await evaluateAll(principalArn, policies, [...mustAllow, ...mustDeny]);
  return {
    answers,
    missing: answers.slice(0, mustAllow.length).filter((a) => !a.allowed),
    excess: answers.slice(mustAllow.length).filter((a) => a.allowed),
  };
}

/** An answer as check evidence: the request, the decision and the statement that made it. */
export function answerEvidence(a: AccessAnswer) {
  return {
    action: a.action,
    resource: a.resource,
    decision: a.decision,
    ...(a.decidedBy ? { decidedBy: `${a.decidedBy.policy} #${a.decidedBy.statementIndex}${a.decidedBy.sid ? ` (${a.decidedBy.sid})` : ''}` } : {}),
  };
}

/** A request made by an AWS service or another account to a resource, judged by the resource's own policy. */
export interface ResourceQuestion {
  /** A service principal (`s3.amazonaws.com`) or an account/role ARN. */
  principal: string;
  action: string;
  resource: string;
  /** The account that owns the resource. */
  resourceAccount: string;
  /** e.g. `aws:SourceArn`, `aws:SourceAccount`. */
  context?: Record<string, string | string[]>;
}

/**
 * Whether a resource-based policy (a Lambda function's, for example) lets `q.principal` do
 * `q.action`: how AWS decides a service's call such as S3 invoking a function for a bucket
 * notification. Statements with conditions on the source are evaluated against the question's
 * context, strictly. An IAM principal (an account or a role) is taken to hold an identity policy
 * that allows the action: its own account decides that, so what is judged is what the resource's
 * policy lets through (with no identity policy, the simulator denies every cross-account call).
 */
export async function resourcePolicyAllows(policy: PolicyDocumentJson | string, q: ResourceQuestion): Promise<boolean> {
  return (await resourcePolicyDecision(policy, q, { callerOwnGrant: accountOf(q.principal) !== undefined })) === 'allowed';
}

/**
 * What a resource-based policy alone decides for `q`: `allowed`, `explicit-deny` (a Deny matched)
 * or `implicit-deny`. With `callerOwnGrant`, the caller (an IAM principal) is taken to hold an
 * identity policy that allows the action, as `resourcePolicyAllows` does; without it, the caller
 * holds no identity policy, so for a caller in the resource's own account the answer is what the
 * resource policy grants that caller by itself (a bucket policy naming a role, for example).
 */
export async function resourcePolicyDecision(policy: PolicyDocumentJson | string, q: ResourceQuestion, options: { callerOwnGrant: boolean }): Promise<Decision> {
  const { runSimulation } = await loadSimulator();
  const callerOwnGrant = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: q.action, Resource: '*' }] };
  const simulation: Simulation = {
    request: { principal: q.principal, action: q.action, resource: { resource: q.resource, accountId: q.resourceAccount }, contextVariables: { ...q.context } },
    identityPolicies: options.callerOwnGrant ? [{ name: 'caller-own-grant', policy: callerOwnGrant }] : [],
    serviceControlPolicies: [],
    resourceControlPolicies: [],
    resourcePolicy: parseDocument('resource policy', policy),
  };
  const response = await runSimulation(simulation, { simulationMode: 'Strict' });
  if (response.resultType === 'error') {
    const problems = Object.values(response.errors.resourcePolicyErrors ?? []).flat();
    if (problems.length) throw new PolicyDocumentError('resource policy', problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message)));
    throw new AccessQuestionError(q.action, q.resource, LIBRARY_ERRORS[response.errors.message] ?? response.errors.message);
  }
  if (response.resultType === 'wildcard') throw new AccessQuestionError(q.action, q.resource, 'the resource has a wildcard: ask about one concrete resource');
  const result = response.result.analysis.result;
  return result === 'Allowed' ? 'allowed' : result === 'ExplicitlyDenied' ? 'explicit-deny' : 'implicit-deny';
}
