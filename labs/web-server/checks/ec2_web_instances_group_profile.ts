import { defineCheck, fail, pass } from '../../../checker/core/define.ts';
import { findWebGroups, findWebInstances, label, runningOnly, WEB_GROUP } from '../web.ts';

export default defineCheck({
  id: 'ec2_web_instances_group_profile',
  cli: 'aws ec2 modify-instance-attribute --instance-id <instance-id> --groups <sg-id> && aws ec2 associate-iam-instance-profile --instance-id <instance-id> --iam-instance-profile Name=de-s3access',
  points: 1,
  needs: ['ec2_web_sg_ports', 'ec2_web_instances_two_azs'],
  title: { es: `Cada servidor web usa el grupo ${WEB_GROUP} y un perfil de instancia`, en: `Every web server uses the ${WEB_GROUP} group and an instance profile` },
  hint: {
    es: `Al lanzar cada servidor, elige el grupo ${WEB_GROUP} y un perfil de instancia (por ejemplo de-s3access del laboratorio del rol), para que la app reciba credenciales temporales en vez de claves guardadas. Si ya está en marcha: Actions → Security → Change security groups / Modify IAM role.`,
    en: `When you launch each server, choose the ${WEB_GROUP} group and an instance profile (for example de-s3access from the role lab), so the app gets temporary credentials instead of stored keys. If it is already running: Actions → Security → Change security groups / Modify IAM role.`,
  },
  run: async (ctx) => {
    const [group] = await findWebGroups(ctx);
    const running = runningOnly(await findWebInstances(ctx));
    const withoutGroup = running.filter((i) => !i.securityGroupIds.includes(group!.id));
    const withoutProfile = running.filter((i) => !i.instanceProfileArn);
    const evidence = {
      resources: running.map((i) => i.id),
      webGroup: `${group!.name} (${group!.id})`,
      instances: running.map((i) => ({ instance: label(i), securityGroups: i.securityGroupIds, instanceProfile: i.instanceProfileArn ?? null })),
    };
    const problems = { es: [] as string[], en: [] as string[] };
    for (const i of withoutGroup) { problems.es.push(`${label(i)} no usa ${group!.name}`); problems.en.push(`${label(i)} does not use ${group!.name}`); }
    for (const i of withoutProfile) { problems.es.push(`${label(i)} no tiene perfil de instancia`); problems.en.push(`${label(i)} has no instance profile`); }
    if (problems.en.length) return fail({ es: `${problems.es.join('; ')}.`, en: `${problems.en.join('; ')}.` }, evidence);
    return pass({ es: `Los ${running.length} servidores web usan ${group!.name} y tienen perfil de instancia.`, en: `All ${running.length} web servers use ${group!.name} and have an instance profile.` }, evidence);
  },
});
