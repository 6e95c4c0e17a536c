import { defineCheck, pass } from '../../../checker/core/define.ts';
import { findOperator, GROUP, GROUP_EXISTS, noMember, USER, USER_IN_GROUP } from '../operator.ts';

export default defineCheck({
  id: USER_IN_GROUP,
  cli: 'aws iam create-user --user-name ana && aws iam add-user-to-group --user-name ana --group-name ec2-operators',
  points: 1,
  needs: [GROUP_EXISTS],
  title: { es: `El usuario ${USER} es miembro del grupo`, en: `User ${USER} is a member of the group` },
  hint: {
    es: `Crea el usuario ${USER} y añádelo al grupo ${GROUP} (aws iam add-user-to-group). Si ${USER} no está en el grupo, se califica al miembro más reciente.`,
    en: `Create the user ${USER} and add it to the ${GROUP} group (aws iam add-user-to-group). If ${USER} is not in the group, the newest member is graded.`,
  },
  run: async (ctx) => {
    const operator = await findOperator(ctx);
    if (!operator?.user) return noMember(operator);
    const { user, group, members } = operator;
    return pass(
      { es: `El usuario ${user.name} es miembro del grupo ${group.name}.`, en: `User ${user.name} is a member of group ${group.name}.` },
      { resource: user.arn, group: group.arn, members, createdAt: user.createdAt },
    );
  },
});
