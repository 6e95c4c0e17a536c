import { fail } from '../../checker/core/define.ts';
import type { CheckContext, GradedResource, Outcome } from '../../checker/core/types.ts';
import type { GroupInfo, UserInfo } from '../../checker/services/iam/types.ts';
import { applyGraderChoice, gradedEntry, hasOwnerTags, KIND } from '../shared/graded.ts';
import { lessonNameOrder, namedLike, namedLikeLesson } from '../shared/lesson-names.ts';
import { didYouMean, nearMisses, withSentence } from '../shared/near-miss.ts';

/**
 * What the iam-users lab grades: the group the lesson names, and the person in it. Found the way
 * a learner names them: the exact name first, else the newest `<name>-…` (a learner sharing an
 * account adds a suffix); and when nothing matches, the evidence lists what was there.
 */

/** The lesson's names. */
export const GROUP = 'ec2-operators';
export const USER = 'ana';

/** The minimum the lesson asks of the account password policy (the setup applies the same numbers). */
export const PASSWORD_MINIMUM = { minimumLength: 14, allowUsersToChangePassword: true } as const;

/** Access keys older than this many days must have been rotated. */
export const MAX_KEY_AGE_DAYS = 90;

/** The policy the console attaches to a user by itself when it requires a new password at first sign-in. */
export const CHANGE_PASSWORD_POLICY = 'IAMUserChangePassword';

/** Check ids the others need. */
export const GROUP_EXISTS = 'iam_group_exists';
export const USER_IN_GROUP = 'iam_user_in_group';

export interface GradedGroup extends GroupInfo {
  /** Other groups matching the name, not graded. */
  others: string[];
}


/** The graded group, read once per run. */
export function findGroup(ctx: CheckContext): Promise<{ graded?: GradedGroup; seen: string[] }> {
  return ctx.derive('iam-users:group', async () => {
    const groups = await ctx.iam.listGroups();
    // IAM groups carry no tags: --exclude-reference cannot tell the reference's group, so it only orders by --resource.
    const [graded, ...rest] = await applyGraderChoice(ctx, namedLikeLesson(groups, GROUP), (g) => [g.name, g.arn], () => false);
    return { graded: graded && { ...graded, others: rest.map((g) => g.name) }, seen: groups.map((g) => g.name).slice(0, 50) };
  });
}

export interface Operator {
  group: GradedGroup;
  /** The graded member: `ana` (or `ana-…`) if in the group, else the newest member. */
  user?: UserInfo;
  /** Every member of the group. */
  members: string[];
  /** Users of the account named like the lesson's user, in the group or not. */
  namedLikeLesson: string[];
  /** Users of the account, for the evidence when the group has nobody. */
  usersSeen: string[];
}

/** The graded group and the user in it, read once per run (GetGroup for members, ListUsers for the rest). */
export function findOperator(ctx: CheckContext): Promise<Operator | undefined> {
  return ctx.derive('iam-users:operator', async () => {
    const { graded: group } = await findGroup(ctx);
    if (!group) return undefined;
    const [members, users] = await Promise.all([ctx.iam.groupMembers(group.name), ctx.iam.listUsers()]);
    const inGroup = (members ?? []).map((m) => users.find((u) => u.name === m.name) ?? m);
    // The lesson's name wins; among the rest, the newest member.
    const sorted = await applyGraderChoice(ctx, [...inGroup].sort(lessonNameOrder(USER)), (u) => [u.name, u.arn], (u) => isReferenceUser(ctx, u.name));
    return {
      group,
      user: sorted[0],
      members: inGroup.map((u) => u.name),
      namedLikeLesson: users.map((u) => u.name).filter(namedLike(USER)),
      usersSeen: users.map((u) => u.name).slice(0, 50),
    };
  });
}

export function noGroup(seen: string[]): Outcome {
  const misses = nearMisses(GROUP, seen);
  return fail(
    withSentence({ es: `No hay ningún grupo llamado ${GROUP} (ni ${GROUP}-…).`, en: `There is no group named ${GROUP} (nor ${GROUP}-…).` }, didYouMean(misses)),
    { lookedFor: { name: GROUP, orPrefix: `${GROUP}-` }, groupsSeen: seen, ...(misses.length ? { didYouMean: misses } : {}) },
  );
}

/** Whether `nubelab deploy` created the user (it carries the deployment's owner tags). */
export function isReferenceUser(ctx: CheckContext, name: string): Promise<boolean> {
  return ctx.derive(`iam:reference-user:${name}`, async () => hasOwnerTags(await ctx.iam.userTags(name)));
}

/** The lab's header entries: the graded group (IAM groups cannot be tagged) and its graded member, marked when `nubelab deploy` created it. */
export async function gradedOperator(ctx: CheckContext): Promise<GradedResource[]> {
  const { graded } = await findGroup(ctx);
  const operator = await findOperator(ctx);
  const user = operator?.user;
  return [
    ...(await gradedEntry(KIND.group, graded, undefined)),
    ...(await gradedEntry(KIND.user, user && { name: user.name, others: operator.members.filter((m) => m !== user.name) }, () => isReferenceUser(ctx, user!.name))),
  ];
}

export function noMember(operator: Operator | undefined): Outcome {
  if (!operator) return noGroup([]);
  const outside = operator.namedLikeLesson;
  return fail(
    outside.length
      ? {
          es: `El grupo ${operator.group.name} no tiene miembros; ${outside.join(', ')} existe pero no está en él.`,
          en: `Group ${operator.group.name} has no members; ${outside.join(', ')} exists but is not in it.`,
        }
      : { es: `El grupo ${operator.group.name} no tiene miembros.`, en: `Group ${operator.group.name} has no members.` },
    { resource: operator.group.arn, lookedFor: { memberOf: operator.group.name, preferred: USER }, usersSeen: operator.usersSeen },
  );
}

/** Runs `judge` on the graded user; the checks that use it need USER_IN_GROUP, so there is one. */
export async function withOperator(ctx: CheckContext, judge: (user: UserInfo, operator: Operator) => Promise<Outcome>): Promise<Outcome> {
  const operator = await findOperator(ctx);
  if (!operator?.user) return noMember(operator);
  return judge(operator.user, operator);
}
