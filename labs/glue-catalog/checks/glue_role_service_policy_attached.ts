import { defineCheck, fail, pass } from '../../../checker/core/define.ts';
import { GLUE_SERVICE_POLICY_ARN, withGlueRole } from '../catalog.ts';

export default defineCheck({
  id: 'glue_role_service_policy_attached',
  cli: 'aws iam attach-role-policy --role-name TaxisGlueServiceRole --policy-arn arn:aws:iam::aws:policy/service-role/AWSGlueServiceRole',
  relies: ['iam.aws-managed-policies'],
  points: 1,
  title: { es: 'El rol de Glue tiene la política administrada AWSGlueServiceRole', en: 'The Glue role has the AWSGlueServiceRole managed policy' },
  hint: {
    es: `Adjunta al rol la política administrada por AWS ${GLUE_SERVICE_POLICY_ARN}: con ella Glue escribe sus registros, usa el catálogo y crea interfaces de red. No da acceso a tu bucket; eso va en tu propia política.`,
    en: `Attach the AWS managed policy ${GLUE_SERVICE_POLICY_ARN} to the role: with it Glue writes its logs, uses the catalog and creates network interfaces. It gives no access to your bucket; that goes in your own policy.`,
  },
  run: (ctx) =>
    withGlueRole(ctx, async (role) => {
      const policies = await ctx.iam.rolePolicies(role.name);
      const attached = policies.filter((p) => p.kind !== 'inline').map((p) => p.arn ?? p.name);
      const evidence = { resource: role.arn, expected: GLUE_SERVICE_POLICY_ARN, attachedPolicies: attached };
      // The policy's ARN carries its path (service-role/); a copy under another name or path is not AWS's.
      if (!attached.some((arn) => /^arn:aws[a-z-]*:iam::aws:policy\/service-role\/AWSGlueServiceRole$/.test(arn))) {
        return fail(
          { es: `El rol ${role.name} no tiene adjunta la política AWSGlueServiceRole.`, en: `Role ${role.name} does not have the AWSGlueServiceRole policy attached.` },
          evidence,
        );
      }
      return pass({ es: `El rol ${role.name} tiene adjunta AWSGlueServiceRole.`, en: `Role ${role.name} has AWSGlueServiceRole attached.` }, evidence);
    }),
});
