import { defineCheck, fail, pass } from '../../../checker/core/define.ts';
import { withInstance } from '../instance.ts';

/** The lesson's type (t3.micro) and the older free-tier one (t2.micro): both are enough for the course sample. */
export const LESSON_TYPES = ['t3.micro', 't2.micro'];

export default defineCheck({
  id: 'ec2_instance_type_free_tier',
  cli: 'aws ec2 stop-instances --instance-ids <instance-id> && aws ec2 modify-instance-attribute --instance-id <instance-id> --instance-type Value=t3.micro && aws ec2 start-instances --instance-ids <instance-id>',
  points: 1,
  needs: ['ec2_instance_running'],
  title: { es: 'La instancia es de un tipo pequeño de la capa gratuita', en: 'The instance is a small free-tier type' },
  hint: {
    es: `Usa t3.micro, el tipo de la lección (t2.micro también vale). Para cambiarlo, detén la instancia, elige Actions → Instance settings → Change instance type y vuelve a arrancarla.`,
    en: `Use t3.micro, the lesson's type (t2.micro works too). To change it, stop the instance, choose Actions → Instance settings → Change instance type and start it again.`,
  },
  run: (ctx) =>
    withInstance(ctx, async (instance) => {
      const evidence = { resource: instance.id, instanceType: instance.instanceType, expected: LESSON_TYPES };
      if (!LESSON_TYPES.includes(instance.instanceType)) {
        return fail({ es: `La instancia ${instance.name} es de tipo ${instance.instanceType}, no ${LESSON_TYPES.join(' ni ')}.`, en: `Instance ${instance.name} is a ${instance.instanceType}, not ${LESSON_TYPES.join(' or ')}.` }, evidence);
      }
      return pass({ es: `La instancia ${instance.name} es de tipo ${instance.instanceType}.`, en: `Instance ${instance.name} is a ${instance.instanceType}.` }, evidence);
    }),
});
