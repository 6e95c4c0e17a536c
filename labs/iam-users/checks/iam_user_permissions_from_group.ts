import { defineCheck, fail, pass } from '../../../checker/core/define.ts';
import { CHANGE_PASSWORD_POLICY, USER_IN_GROUP, withOperator } from '../operator.ts';

const CHANGE_PASSWORD_ARN = `arn:aws:iam::aws:policy/${CHANGE_PASSWORD_POLICY}`;

export default defineCheck({
  id: 'iam_user_permissions_from_group',
  cli: 'aws iam list-attached-user-policies --user-name ana && aws iam detach-user-policy --user-name ana --policy-arn <policy-arn>',
  points: 1,
  needs: [USER_IN_GROUP],
  title: { es: 'El usuario recibe sus permisos solo del grupo', en: 'The user gets permissions from the group only' },
  hint: {
    es: `Quita las políticas asociadas directamente al usuario (pestaña Permissions, o aws iam detach-user-policy y delete-user-policy): los permisos se dan al grupo. Solo se admite ${CHANGE_PASSWORD_POLICY}, que la consola asocia sola al exigir el cambio de contraseña.`,
    en: `Remove the policies attached directly to the user (Permissions tab, or aws iam detach-user-policy and delete-user-policy): permissions go on the group. Only ${CHANGE_PASSWORD_POLICY} is allowed, which the console attaches by itself when it requires a password change.`,
  },
  run: (ctx) =>
    withOperator(ctx, async (user) => {
      const [policies, groups] = await Promise.all([ctx.iam.userPolicies(user.name), ctx.iam.groupsForUser(user.name)]);
      const exempt = policies.filter((p) => p.kind === 'aws-managed' && p.arn === CHANGE_PASSWORD_ARN);
      const direct = policies.filter((p) => !exempt.includes(p));
      const evidence = {
        resource: user.arn,
        groups: groups.map((g) => g.name),
        userPolicies: direct.map((p) => (p.kind === 'inline' ? `${p.name} (inline)` : (p.arn ?? p.name))),
        ...(exempt.length ? { allowed: { [CHANGE_PASSWORD_ARN]: 'attached by the console when a new password is required at first sign-in' } } : {}),
      };
      if (direct.length) {
        const listed = direct.map((p) => p.name).join(', ');
        return fail(
          { es: `El usuario ${user.name} tiene políticas propias: ${listed}.`, en: `User ${user.name} has policies of its own: ${listed}.` },
          evidence,
        );
      }
      const note = exempt.length
        ? { es: ` (además de ${CHANGE_PASSWORD_POLICY}, que la consola asocia para el cambio de contraseña)`, en: ` (plus ${CHANGE_PASSWORD_POLICY}, which the console attaches for the password change)` }
        : { es: '', en: '' };
      return pass(
        {
          es: `El usuario ${user.name} no tiene políticas propias${note.es}: sus permisos vienen de ${groups.map((g) => g.name).join(', ')}.`,
          en: `User ${user.name} has no policies of its own${note.en}: its permissions come from ${groups.map((g) => g.name).join(', ')}.`,
        },
        evidence,
      );
    }),
});
