import { defineCheck, fail, pass } from '../../../checker/core/define.ts';
import { answerEvidence, judgeAccess, type AccessQuestion } from '../../../checker/judgements/iam-access.ts';
import { findGroup, GROUP, GROUP_EXISTS, noGroup, USER } from '../operator.ts';

/** A console session of a member who signed in with MFA: the most a member can ever have. */
const SESSION = { 'aws:MultiFactorAuthPresent': 'true' };

export default defineCheck({
  id: 'iam_group_ec2_access',
  cli: 'aws iam attach-group-policy --group-name ec2-operators --policy-arn arn:aws:iam::aws:policy/AmazonEC2ReadOnlyAccess',
  points: 1,
  needs: [GROUP_EXISTS],
  title: {
    es: 'El grupo da permisos de EC2 y ninguno para administrar IAM',
    en: 'The group grants EC2 permissions and none to administer IAM',
  },
  hint: {
    es: `Asocia al grupo ${GROUP} la política de operador de EC2 de la lección (o AmazonEC2ReadOnlyAccess): sus miembros deben poder ejecutar ec2:DescribeInstances. Nada de AdministratorAccess ni de acciones iam: que dejen a un miembro darse más permisos.`,
    en: `Attach the lesson's EC2 operator policy (or AmazonEC2ReadOnlyAccess) to the ${GROUP} group: its members must be able to call ec2:DescribeInstances. No AdministratorAccess and no iam: actions that would let a member grant themselves more.`,
  },
  run: async (ctx) => {
    const { graded: group, seen } = await findGroup(ctx);
    if (!group) return noGroup(seen);
    const account = await ctx.account.id();
    const iamArn = (path: string) => `arn:aws:iam::${account}:${path}`;
    const member = iamArn(`user/${USER}`);
    const mustAllow: AccessQuestion[] = [{ action: 'ec2:DescribeInstances', resource: '*', context: SESSION }];
    const mustDeny: AccessQuestion[] = [
      { action: 'iam:AttachGroupPolicy', resource: group.arn, context: SESSION },
      { action: 'iam:PutGroupPolicy', resource: group.arn, context: SESSION },
      { action: 'iam:AttachUserPolicy', resource: member, context: SESSION },
      { action: 'iam:CreateUser', resource: iamArn('user/intruder'), context: SESSION },
      { action: 'iam:CreateAccessKey', resource: iamArn('user/another-user'), context: SESSION },
    ];
    const policies = await ctx.iam.groupPolicies(group.name);
    const { answers, missing, excess } = await judgeAccess(member, policies, mustAllow, mustDeny);
    const evidence = {
      resource: group.arn,
      policies: policies.map((p) => p.arn ?? `${p.name} (inline)`),
      askedAs: member,
      notAllowedButShouldBe: missing.map(answerEvidence),
      allowedButShouldNotBe: excess.map(answerEvidence),
      questionsAsked: answers.length,
    };
    if (!policies.length) {
      return fail({ es: `El grupo ${group.name} no tiene ninguna política.`, en: `Group ${group.name} has no policy.` }, evidence);
    }
    if (missing.length) {
      return fail(
        { es: `Las políticas del grupo ${group.name} no permiten ec2:DescribeInstances.`, en: `The policies of group ${group.name} do not allow ec2:DescribeInstances.` },
        evidence,
      );
    }
    if (excess.length) {
      const first = excess[0]!;
      const by = first.decidedBy ? first.decidedBy.policy : '?';
      return fail(
        {
          es: `Los miembros del grupo ${group.name} pueden hacer ${first.action} (lo concede ${by}): podrían darse más permisos.`,
          en: `Members of group ${group.name} can do ${first.action} (granted by ${by}): they could grant themselves more.`,
        },
        evidence,
      );
    }
    return pass(
      {
        es: `El grupo ${group.name} permite ver EC2 y no administrar IAM (${policies.map((p) => p.name).join(', ')}).`,
        en: `Group ${group.name} can see EC2 and cannot administer IAM (${policies.map((p) => p.name).join(', ')}).`,
      },
      evidence,
    );
  },
});
