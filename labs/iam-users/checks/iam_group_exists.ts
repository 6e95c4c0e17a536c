import { defineCheck, pass } from '../../../checker/core/define.ts';
import { findGroup, GROUP, GROUP_EXISTS, noGroup } from '../operator.ts';

export default defineCheck({
  id: GROUP_EXISTS,
  cli: 'aws iam create-group --group-name ec2-operators',
  points: 1,
  title: { es: `Existe el grupo ${GROUP}`, en: `The ${GROUP} group exists` },
  hint: {
    es: `Crea en IAM un grupo de usuarios llamado ${GROUP} (si compartes la cuenta, ${GROUP}-tu-nombre también vale).`,
    en: `Create an IAM user group named ${GROUP} (if you share the account, ${GROUP}-your-name works too).`,
  },
  run: async (ctx) => {
    const { graded, seen } = await findGroup(ctx);
    if (!graded) return noGroup(seen);
    return pass(
      { es: `El grupo ${graded.name} existe.`, en: `Group ${graded.name} exists.` },
      { resource: graded.arn, createdAt: graded.createdAt, otherMatchingGroups: graded.others },
    );
  },
});
