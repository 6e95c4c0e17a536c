import { defineCheck, fail, pass } from '../../../checker/core/define.ts';
import { withInstance } from '../instance.ts';

export default defineCheck({
  id: 'ec2_instance_imdsv2_required',
  cli: 'aws ec2 modify-instance-metadata-options --instance-id <instance-id> --http-tokens required --http-endpoint enabled',
  relies: ['ec2.metadata-options'],
  points: 1,
  needs: ['ec2_instance_running'],
  title: { es: 'La instancia exige IMDSv2', en: 'The instance requires IMDSv2' },
  hint: {
    es: 'Con IMDSv1 activo, cualquier petición que el programa de la instancia haga por encargo de otro (un SSRF) puede leer las credenciales del rol. Exige el token: Actions → Instance settings → Modify instance metadata options → IMDSv2 Required, o aws ec2 modify-instance-metadata-options --http-tokens required.',
    en: "With IMDSv1 on, any request the instance's software makes on someone else's behalf (an SSRF) can read the role's credentials. Require the token: Actions → Instance settings → Modify instance metadata options → IMDSv2 Required, or aws ec2 modify-instance-metadata-options --http-tokens required.",
  },
  run: (ctx) =>
    withInstance(ctx, async (instance) => {
      const evidence = { resource: instance.id, httpTokens: instance.httpTokens ?? null, httpEndpoint: instance.httpEndpoint ?? null, expected: { httpTokens: 'required' } };
      if (instance.httpTokens !== 'required') {
        return fail({ es: `La instancia ${instance.name} acepta IMDSv1 (HttpTokens=${instance.httpTokens ?? 'sin valor'}).`, en: `Instance ${instance.name} accepts IMDSv1 (HttpTokens=${instance.httpTokens ?? 'unset'}).` }, evidence);
      }
      return pass({ es: `La instancia ${instance.name} solo responde con IMDSv2 (HttpTokens=required).`, en: `Instance ${instance.name} answers with IMDSv2 only (HttpTokens=required).` }, evidence);
    }),
});
