import { defineCheck, fail, pass } from '../../../checker/core/define.ts';
import { ENCRYPTION_OPTIONS, withWorkGroup } from '../athena.ts';

export default defineCheck({
  id: 'athena_results_encrypted',
  cli: 'aws athena update-work-group --work-group taxis --configuration-updates "ResultConfigurationUpdates={EncryptionConfiguration={EncryptionOption=SSE_S3}}"',
  points: 1,
  needs: ['athena_workgroup_enforced'],
  title: {
    es: 'El grupo de trabajo cifra los resultados de las consultas',
    en: 'The workgroup encrypts query results',
  },
  hint: {
    es: 'En la configuración de resultados del grupo de trabajo elige un cifrado (EncryptionConfiguration con SSE_S3, o SSE_KMS con tu clave): los resultados contienen los datos que consultaste.',
    en: "In the workgroup's result settings choose an encryption (EncryptionConfiguration with SSE_S3, or SSE_KMS with your key): results hold the data you queried.",
  },
  run: (ctx) =>
    withWorkGroup(ctx, async (group) => {
      const option = group.encryption?.option;
      const evidence = { resource: group.arn, encryptionOption: option ?? null, kmsKey: group.encryption?.kmsKey ?? null, accepted: ENCRYPTION_OPTIONS };
      if (!option || !ENCRYPTION_OPTIONS.includes(option)) {
        return fail(
          {
            es: `El grupo de trabajo ${group.name} no fija cifrado para los resultados${option ? ` (${option})` : ''}.`,
            en: `Workgroup ${group.name} sets no encryption for results${option ? ` (${option})` : ''}.`,
          },
          evidence,
        );
      }
      return pass({ es: `El grupo de trabajo ${group.name} cifra los resultados con ${option}.`, en: `Workgroup ${group.name} encrypts results with ${option}.` }, evidence);
    }),
});
