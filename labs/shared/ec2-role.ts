import { asArray, statementsOf, type PolicyDocument, type PolicyStatement } from '../../checker/aws/policy.ts';
import { defineCheck, fail, pass } from '../../checker/core/define.ts';
import type { Localized } from '../../checker/core/i18n.ts';
import type { CheckContext, CheckDefinition, Evidence, GradedResource, Outcome } from '../../checker/core/types.ts';
import { answerEvidence, judgeAccess, type AccessQuestion } from '../../checker/judgements/iam-access.ts';
import type { AttachedPolicy, RoleInfo } from '../../checker/services/iam/types.ts';
import { findBucket, type GradedBucket } from '../s3-bucket/bucket.ts';
import { applyGraderChoice, gradedEntry, hasOwnerTags, KIND } from './graded.ts';
import { namedLikeLesson } from './lesson-names.ts';
import { didYouMean, nearMisses, withSentence } from './near-miss.ts';

/**
 * Checks shared by the labs whose product is a role that EC2 instances use (iam-role,
 * ec2-role-s3-dynamodb): the role is found by the name the lesson gives it, trusts EC2 alone,
 * sits in an instance profile, and, judged by evaluating its policies, can do what the project
 * needs and nothing that would hurt it.
 */

export interface RoleSpec {
  /** The name the lesson uses; a learner suffix (`<name>-ana`) is accepted too. */
  name: string;
  /** The check id of "the role exists", which the other checks need. */
  existsCheck: string;
}

export interface GradedRole extends RoleInfo {
  /** Other roles that match the name, which were not graded. */
  others: string[];
}

/** The role the lab grades: the exact name first, else the newest `<name>-…`. Read once per run. */
export function findRole(ctx: CheckContext, spec: RoleSpec): Promise<{ graded?: GradedRole; seen: string[] }> {
  return ctx.derive(`role:${spec.name}`, async () => {
    const roles = await ctx.iam.listRoles();
    const [graded, ...rest] = await applyGraderChoice(ctx, namedLikeLesson(roles, spec.name), (r) => [r.name, r.arn], (r) => isReferenceRole(ctx, r.name));
    // Service-linked and AWS-reserved roles are noise in the evidence.
    const seen = roles.map((r) => r.name).filter((n) => !n.startsWith('AWSServiceRole') && !n.startsWith('AWSReservedSSO')).slice(0, 50);
    return { graded: graded && { ...graded, others: rest.map((r) => r.name) }, seen };
  });
}

/** Runs `judge` on the graded role; the checks that use it need the existence check, so it is there. */
async function withRole(ctx: CheckContext, spec: RoleSpec, judge: (role: GradedRole) => Promise<Outcome>): Promise<Outcome> {
  const { graded, seen } = await findRole(ctx, spec);
  if (!graded) return noRole(spec, seen);
  return judge(graded);
}

function noRole(spec: RoleSpec, seen: string[]): Outcome {
  const misses = nearMisses(spec.name, seen);
  return fail(
    withSentence({ es: `No hay ningún rol llamado ${spec.name} (ni ${spec.name}-…).`, en: `There is no role named ${spec.name} (nor ${spec.name}-…).` }, didYouMean(misses)),
    { lookedFor: { name: spec.name, orPrefix: `${spec.name}-` }, rolesSeen: seen, ...(misses.length ? { didYouMean: misses } : {}) },
  );
}

/** Whether `nubelab deploy` created the role (it carries the deployment's owner tags). */
export function isReferenceRole(ctx: CheckContext, name: string): Promise<boolean> {
  return ctx.derive(`iam:reference-role:${name}`, async () => hasOwnerTags(await ctx.iam.roleTags(name)));
}

/** The lab's header entry: the graded role, marked when it is the reference solution. */
export async function gradedRole(ctx: CheckContext, spec: RoleSpec): Promise<GradedResource[]> {
  const { graded } = await findRole(ctx, spec);
  return gradedEntry(KIND.role, graded, () => isReferenceRole(ctx, graded!.name));
}

export function roleExistsCheck(spec: RoleSpec): CheckDefinition {
  return defineCheck({
    id: spec.existsCheck,
    points: 1,
    cli: `aws iam create-role --role-name ${spec.name} --assume-role-policy-document file://ec2-trust.json`,
    title: { es: `Existe el rol ${spec.name}`, en: `The ${spec.name} role exists` },
    hint: {
      es: `Crea en IAM un rol llamado ${spec.name} (si compartes la cuenta, ${spec.name}-tu-nombre también vale).`,
      en: `Create an IAM role named ${spec.name} (if you share the account, ${spec.name}-your-name works too).`,
    },
    run: async (ctx) => {
      const { graded, seen } = await findRole(ctx, spec);
      if (!graded) return noRole(spec, seen);
      return pass(
        { es: `El rol ${graded.name} existe.`, en: `Role ${graded.name} exists.` },
        { resource: graded.arn, createdAt: graded.createdAt, otherMatchingRoles: graded.others },
      );
    },
  });
}

const EC2 = 'ec2.amazonaws.com';

/** Who a trust statement names, flattened to `kind:value` strings (`Service:ec2.amazonaws.com`, `AWS:*`). */
function principalsOf(statement: PolicyStatement): string[] {
  const principal = statement.Principal;
  if (principal === '*') return ['AWS:*'];
  if (typeof principal !== 'object' || principal === null) return [];
  return Object.entries(principal as Record<string, string | string[]>).flatMap(([kind, values]) => asArray(values).map((v) => `${kind}:${v}`));
}

/** Whether an Allow statement lets its principals call sts:AssumeRole (or every STS action). */
function allowsAssume(statement: PolicyStatement): boolean {
  return statement.Effect === 'Allow' && asArray(statement.Action).some((a) => ['sts:assumerole', 'sts:*', '*'].includes(a.toLowerCase()));
}

/** What the trust policy lets assume the role, and which of those are not `service` (EC2 by default). */
export function trustOf(trust: PolicyDocument, service = EC2) {
  const allows = statementsOf(trust).filter(allowsAssume);
  const principals = [...new Set(allows.flatMap(principalsOf))];
  const others = principals.filter((p) => p !== `Service:${service}`);
  // NotPrincipal in an Allow grants everyone but the named principals: never acceptable in a trust.
  const notPrincipal = statementsOf(trust).some((s) => s.Effect === 'Allow' && s.NotPrincipal !== undefined);
  return { principals, others, trustsService: principals.includes(`Service:${service}`), notPrincipal };
}

export function trustsEc2OnlyCheck(spec: RoleSpec & { id: string }): CheckDefinition {
  return defineCheck({
    id: spec.id,
    points: 1,
    needs: [spec.existsCheck],
    cli: `aws iam update-assume-role-policy --role-name ${spec.name} --policy-document file://ec2-trust.json`,
    title: { es: 'Solo el servicio EC2 puede asumir el rol', en: 'Only the EC2 service can assume the role' },
    hint: {
      es: `La política de confianza debe permitir sts:AssumeRole a Principal {"Service": "${EC2}"} y a nadie más: sin "*", sin cuentas ni otros servicios.`,
      en: `The trust policy must allow sts:AssumeRole to Principal {"Service": "${EC2}"} and nobody else: no "*", no accounts, no other services.`,
    },
    run: (ctx) => withRole(ctx, spec, async (role) => trustVerdict(role, EC2)),
  });
}

/** Whether the role's trust lets `service` alone assume it, as a check outcome. */
export function trustVerdict(role: RoleInfo, service: string, extraEvidence: Evidence = {}): Outcome {
  const trust = trustOf(role.trustPolicy, service);
  const evidence = { resource: role.arn, ...extraEvidence, expected: [`Service:${service}`], found: trust.principals, trustPolicy: role.trustPolicy };
  if (trust.notPrincipal) {
    return fail({ es: `La confianza del rol ${role.name} usa NotPrincipal en un Allow, que abre el rol a casi todos.`, en: `The trust of role ${role.name} uses NotPrincipal in an Allow, which opens the role to almost everyone.` }, evidence);
  }
  if (trust.others.length) {
    return fail({ es: `El rol ${role.name} también confía en ${trust.others.join(', ')}.`, en: `Role ${role.name} also trusts ${trust.others.join(', ')}.` }, evidence);
  }
  if (!trust.trustsService) {
    const who = service === EC2 ? 'EC2' : service.split('.')[0]!.replace(/^./, (c) => c.toUpperCase());
    return fail({ es: `La confianza del rol ${role.name} no permite que ${who} lo asuma.`, en: `The trust of role ${role.name} does not let ${who} assume it.` }, evidence);
  }
  return pass({ es: `El rol ${role.name} solo confía en ${service}.`, en: `Role ${role.name} trusts ${service} only.` }, evidence);
}

export function instanceProfileCheck(spec: RoleSpec & { id: string }): CheckDefinition {
  return defineCheck({
    id: spec.id,
    points: 1,
    needs: [spec.existsCheck],
    cli: `aws iam create-instance-profile --instance-profile-name ${spec.name} && aws iam add-role-to-instance-profile --instance-profile-name ${spec.name} --role-name ${spec.name}`,
    title: { es: 'El rol está en un perfil de instancia', en: 'The role is in an instance profile' },
    hint: {
      es: `Una instancia EC2 no recibe un rol directamente sino un perfil de instancia: crea uno (la consola lo hace sola con el mismo nombre) y añade el rol con aws iam add-role-to-instance-profile.`,
      en: `An EC2 instance does not take a role directly but an instance profile: create one (the console does it for you, with the same name) and add the role with aws iam add-role-to-instance-profile.`,
    },
    run: (ctx) =>
      withRole(ctx, spec, async (role) => {
        const profiles = await ctx.iam.instanceProfilesForRole(role.name);
        const evidence = { resource: role.arn, instanceProfiles: profiles.map((p) => p.arn) };
        if (!profiles.length) return fail({ es: `El rol ${role.name} no está en ningún perfil de instancia.`, en: `Role ${role.name} is in no instance profile.` }, evidence);
        return pass({ es: `El rol ${role.name} está en el perfil ${profiles[0]!.name}.`, en: `Role ${role.name} is in instance profile ${profiles[0]!.name}.` }, evidence);
      }),
  });
}

/** The environment a role's questions are asked in: the project's bucket, the account and region. */
export interface AccessScene {
  bucket: GradedBucket;
  account: string;
  region: string;
}

export interface AccessCheckSpec extends RoleSpec {
  id: string;
  title: Localized;
  hint: Localized;
  /** The AWS CLI command that fixes a failure (see CheckDefinition.cli). */
  cli: string;
  /** Questions whose answer must be "allowed". */
  mustAllow(scene: AccessScene): AccessQuestion[];
  /** Questions whose answer must be a deny (explicit or implicit). */
  mustDeny(scene: AccessScene): AccessQuestion[];
}

const short = (q: AccessQuestion) => `${q.action} ${q.resource}`;

/**
 * A check judged by evaluating the role's identity policies (inline, customer managed and AWS
 * managed) with an IAM policy simulator: any policy shape that grants the same access passes.
 */
export function accessCheck(spec: AccessCheckSpec): CheckDefinition {
  return defineCheck({
    id: spec.id,
    points: 1,
    needs: [spec.existsCheck],
    title: spec.title,
    hint: spec.hint,
    cli: spec.cli,
    run: (ctx) =>
      withRole(ctx, spec, async (role) => {
        const { graded: bucket } = await findBucket(ctx);
        if (!bucket) {
          return fail(
            { es: 'No hay bucket del data lake (taxis-datalake-…) contra el que evaluar el rol: haz antes el laboratorio del bucket.', en: 'There is no data-lake bucket (taxis-datalake-…) to judge the role against: do the bucket lab first.' },
            { resource: role.arn, needsLab: 's3-bucket' },
          );
        }
        const scene: AccessScene = { bucket, account: await ctx.account.id(), region: ctx.settings.region };
        return accessVerdict(role, await ctx.iam.rolePolicies(role.name), spec.mustAllow(scene), spec.mustDeny(scene), { bucket: bucket.name });
      }),
  });
}

/**
 * The role's policies, evaluated against what it must and must not be able to do, as a check
 * outcome that names the first request missing or too much and the policy that grants it.
 */
export async function accessVerdict(role: RoleInfo, policies: AttachedPolicy[], mustAllow: AccessQuestion[], mustDeny: AccessQuestion[], extraEvidence: Evidence = {}): Promise<Outcome> {
  const { answers, missing, excess } = await judgeAccess(role.arn, policies, mustAllow, mustDeny);
  const evidence = {
    resource: role.arn,
    ...extraEvidence,
    policies: policies.map((p) => (p.arn ? `${p.name} (${p.arn})` : `${p.name} (inline)`)),
    ...(missing.length ? { notAllowed: missing.map(answerEvidence) } : {}),
    ...(excess.length ? { allowedButShouldNotBe: excess.map(answerEvidence) } : {}),
    questionsAsked: answers.length,
  };
  if (missing.length) {
    const list = missing.map(short).join('; ');
    return fail({ es: `Las políticas del rol ${role.name} no permiten: ${list}.`, en: `The policies of role ${role.name} do not allow: ${list}.` }, evidence);
  }
  if (excess.length) {
    const first = excess[0]!;
    const by = first.decidedBy ? first.decidedBy.policy : '?';
    const more = excess.length > 1 ? { es: ` (y ${excess.length - 1} más)`, en: ` (and ${excess.length - 1} more)` } : { es: '', en: '' };
    return fail(
      { es: `El rol ${role.name} puede hacer ${short(first)}${more.es}, concedido por ${by}.`, en: `Role ${role.name} can do ${short(first)}${more.en}, granted by ${by}.` },
      evidence,
    );
  }
  return pass(
    { es: `Evaluadas ${answers.length} peticiones: el rol ${role.name} puede lo que necesita y nada de lo prohibido.`, en: `${answers.length} requests evaluated: role ${role.name} can do what it needs and none of what is forbidden.` },
    evidence,
  );
}

/** A bucket that is not the project's, to prove the role cannot reach other buckets. */
export const otherBucket = (scene: AccessScene) => `arn:aws:s3:::nubelab-some-other-bucket-${scene.account}`;

/** An object of the project's bucket. */
export const objectArn = (scene: AccessScene, key: string) => `${scene.bucket.arn}/${key}`;

/** What an instance does with the data lake in every role lab: list raw/, read it, write processed/. */
export function dataLakeWork(scene: AccessScene): AccessQuestion[] {
  return [
    // `aws s3 ls s3://<bucket>/raw/` sends ListObjectsV2 with that prefix.
    { action: 's3:ListBucket', resource: scene.bucket.arn, context: { 's3:prefix': 'raw/' } },
    { action: 's3:GetObject', resource: objectArn(scene, 'raw/taxi-sample.csv') },
    { action: 's3:PutObject', resource: objectArn(scene, 'processed/trips-clean.csv') },
  ];
}

/**
 * What stolen instance credentials must never do, whatever the role is for: delete data, reach
 * other buckets, change the bucket's policy or the bucket itself, or use IAM to grant themselves more.
 */
export function dataLakeHarm(scene: AccessScene, roleName: string): AccessQuestion[] {
  const iamArn = (path: string) => `arn:aws:iam::${scene.account}:${path}`;
  return [
    { action: 's3:DeleteObject', resource: objectArn(scene, 'raw/taxi-sample.csv') },
    { action: 's3:DeleteObject', resource: objectArn(scene, 'processed/trips-clean.csv') },
    { action: 's3:GetObject', resource: `${otherBucket(scene)}/secrets.csv` },
    { action: 's3:ListBucket', resource: otherBucket(scene) },
    { action: 's3:PutObject', resource: `${otherBucket(scene)}/x.csv` },
    { action: 's3:PutBucketPolicy', resource: scene.bucket.arn },
    { action: 's3:DeleteBucket', resource: scene.bucket.arn },
    { action: 'iam:CreateUser', resource: iamArn('user/intruder') },
    { action: 'iam:AttachRolePolicy', resource: iamArn(`role/${roleName}`) },
    { action: 'iam:PassRole', resource: iamArn('role/any-role') },
  ];
}
