import { defineCheck, fail, pass } from '../../../checker/core/define.ts';
import { DE_ROLE } from '../../iam-role/role.ts';
import { namedLikeLesson } from '../../shared/lesson-names.ts';
import { withInstance } from '../instance.ts';

export default defineCheck({
  id: 'ec2_instance_profile_role',
  cli: 'aws ec2 associate-iam-instance-profile --instance-id <instance-id> --iam-instance-profile Name=de-s3access',
  points: 1,
  needs: ['ec2_instance_running'],
  title: { es: `La instancia lleva el perfil del rol ${DE_ROLE.name}`, en: `The instance carries the ${DE_ROLE.name} role's profile` },
  hint: {
    es: `Asocia a la instancia el perfil de instancia que contiene el rol ${DE_ROLE.name} del laboratorio del rol (o ${DE_ROLE.name}-tu-nombre). En la consola: Actions → Security → Modify IAM role; en la CLI: aws ec2 associate-iam-instance-profile.`,
    en: `Attach to the instance the instance profile that holds the ${DE_ROLE.name} role from the role lab (or ${DE_ROLE.name}-your-name). In the console: Actions → Security → Modify IAM role; in the CLI: aws ec2 associate-iam-instance-profile.`,
  },
  run: (ctx) =>
    withInstance(ctx, async (instance) => {
      const roles = namedLikeLesson(await ctx.iam.listRoles(), DE_ROLE.name);
      const profiles = await Promise.all(roles.map(async (role) => ({ role: role.name, profiles: (await ctx.iam.instanceProfilesForRole(role.name)).map((p) => p.arn) })));
      const evidence = { resource: instance.id, instanceProfile: instance.instanceProfileArn ?? null, expected: `an instance profile holding ${DE_ROLE.name} or ${DE_ROLE.name}-…`, roleProfiles: profiles };
      if (!instance.instanceProfileArn) {
        return fail({ es: `La instancia ${instance.name} no tiene perfil de instancia: no recibe credenciales de ningún rol.`, en: `Instance ${instance.name} has no instance profile: it gets no role's credentials.` }, evidence);
      }
      const match = profiles.find((p) => p.profiles.includes(instance.instanceProfileArn!));
      if (!match) {
        return fail({ es: `El perfil ${instance.instanceProfileArn} de la instancia ${instance.name} no contiene el rol ${DE_ROLE.name}.`, en: `The profile ${instance.instanceProfileArn} of instance ${instance.name} does not hold the ${DE_ROLE.name} role.` }, evidence);
      }
      return pass({ es: `La instancia ${instance.name} usa el rol ${match.role} a través de su perfil.`, en: `Instance ${instance.name} uses role ${match.role} through its profile.` }, evidence);
    }),
});
