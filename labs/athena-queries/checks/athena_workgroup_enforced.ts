import { defineCheck, fail, pass } from '../../../checker/core/define.ts';
import { WORKGROUP_NAME, withWorkGroup } from '../athena.ts';

export default defineCheck({
  id: 'athena_workgroup_enforced',
  cli: 'aws athena update-work-group --work-group taxis --configuration-updates EnforceWorkGroupConfiguration=true',
  points: 1,
  title: {
    es: `El grupo de trabajo ${WORKGROUP_NAME} está activo e impone su configuración`,
    en: `The ${WORKGROUP_NAME} workgroup is enabled and enforces its configuration`,
  },
  hint: {
    es: `Crea el grupo de trabajo ${WORKGROUP_NAME} con EnforceWorkGroupConfiguration a true (en la consola, «Override client-side settings»): así ningún cliente puede mandar los resultados a otro sitio ni quitarles el cifrado.`,
    en: `Create the ${WORKGROUP_NAME} workgroup with EnforceWorkGroupConfiguration set to true (in the console, "Override client-side settings"): then no client can send the results elsewhere or drop their encryption.`,
  },
  run: (ctx) =>
    withWorkGroup(ctx, async (group) => {
      const evidence = {
        resource: group.arn, state: group.state, enforceWorkGroupConfiguration: group.enforced, outputLocation: group.outputLocation ?? null,
        encryption: group.encryption?.option ?? null, bytesScannedCutoffPerQuery: group.bytesScannedCutoffPerQuery ?? null,
        engineVersion: group.engineVersion ?? null, otherMatchingWorkGroups: group.others,
      };
      if (group.state !== 'ENABLED') {
        return fail({ es: `El grupo de trabajo ${group.name} está desactivado: no ejecuta consultas.`, en: `Workgroup ${group.name} is disabled: it runs no queries.` }, evidence);
      }
      if (!group.enforced) {
        return fail(
          {
            es: `El grupo de trabajo ${group.name} deja que cada cliente cambie la ubicación y el cifrado de los resultados (EnforceWorkGroupConfiguration es false).`,
            en: `Workgroup ${group.name} lets each client change where results go and how they are encrypted (EnforceWorkGroupConfiguration is false).`,
          },
          evidence,
        );
      }
      return pass({ es: `El grupo de trabajo ${group.name} está activo e impone su configuración.`, en: `Workgroup ${group.name} is enabled and enforces its configuration.` }, evidence);
    }),
});
