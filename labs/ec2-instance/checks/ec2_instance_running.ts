import { defineCheck, fail, pass } from '../../../checker/core/define.ts';
import { INSTANCE_NAME, withInstance } from '../instance.ts';

export default defineCheck({
  id: 'ec2_instance_running',
  cli: 'aws ec2 start-instances --instance-ids <instance-id> && aws ec2 create-tags --resources <instance-id> --tags Key=Name,Value=data-engineer',
  points: 1,
  title: { es: `La instancia ${INSTANCE_NAME} existe y está en marcha`, en: `The ${INSTANCE_NAME} instance exists and is running` },
  hint: {
    es: `El comprobador busca la instancia por su etiqueta Name: ponle Name=${INSTANCE_NAME} (si compartes la cuenta, ${INSTANCE_NAME}-tu-nombre también vale) y espera a que su estado sea «Running». Una instancia detenida no cuenta: arráncala con Instance state → Start instance.`,
    en: `The checker finds the instance by its Name tag: set Name=${INSTANCE_NAME} (if you share the account, ${INSTANCE_NAME}-your-name works too) and wait until its state is "Running". A stopped instance does not count: start it with Instance state → Start instance.`,
  },
  run: (ctx) =>
    withInstance(ctx, async (instance) => {
      const evidence = { resource: instance.id, name: instance.name, state: instance.state, expected: 'running', otherMatchingInstances: instance.others };
      if (instance.state !== 'running') {
        return fail({ es: `La instancia ${instance.name} (${instance.id}) está en estado ${instance.state}, no en marcha.`, en: `Instance ${instance.name} (${instance.id}) is ${instance.state}, not running.` }, evidence);
      }
      return pass({ es: `La instancia ${instance.name} (${instance.id}) está en marcha.`, en: `Instance ${instance.name} (${instance.id}) is running.` }, evidence);
    }),
});
