import { defineCheck, fail, pass } from '../../../checker/core/define.ts';
import { WORKGROUP_NAME } from '../../athena-queries/athena.ts';
import { findSources, summaryOfSource } from '../bi.ts';

export default defineCheck({
  id: 'quicksight_datasource_athena',
  points: 1,
  title: {
    es: `Una fuente de datos de QuickSight de tipo Athena usa el grupo de trabajo ${WORKGROUP_NAME}`,
    en: `A QuickSight data source of type Athena uses the ${WORKGROUP_NAME} workgroup`,
  },
  hint: {
    es: `En QuickSight, crea una fuente de datos de Athena (Datasets → New dataset → Athena) y elige el grupo de trabajo ${WORKGROUP_NAME} del laboratorio de Athena: así las consultas del panel heredan su bucket de resultados, su cifrado y su límite de datos escaneados.`,
    en: `In QuickSight, create an Athena data source (Datasets → New dataset → Athena) and pick the ${WORKGROUP_NAME} workgroup from the Athena lab: the dashboard's queries then inherit its results bucket, encryption and scan limit.`,
  },
  cli: `aws quicksight create-data-source --aws-account-id <account> --data-source-id taxis-athena --name "Taxis (Athena)" --type ATHENA --data-source-parameters AthenaParameters={WorkGroup=${WORKGROUP_NAME}}`,
  run: async (ctx) => {
    const { notSubscribed, workGroup, athenaSources, matching } = await findSources(ctx);
    const evidence = { workGroupLookedFor: workGroup ?? null, athenaDataSources: athenaSources.slice(0, 20).map(summaryOfSource) };
    if (notSubscribed) {
      return fail(
        {
          es: 'Esta cuenta no tiene la suscripción de Quick Sight: AWS responde UnsupportedUserEditionException. Ábrela en la consola de Quick Sight, o haz el laboratorio en el emulador.',
          en: 'This account has no Quick Sight subscription: AWS answers UnsupportedUserEditionException. Open it in the Quick Sight console, or do the lab on the emulator.',
        },
        { ...evidence, subscribed: false },
      );
    }
    if (!workGroup) {
      return fail(
        {
          es: `No hay grupo de trabajo ${WORKGROUP_NAME} (ni ${WORKGROUP_NAME}-…) de Athena: la fuente de datos no tiene dónde consultar. Haz antes el laboratorio athena-queries.`,
          en: `There is no Athena workgroup ${WORKGROUP_NAME} (nor ${WORKGROUP_NAME}-…): the data source has nowhere to query. Do the athena-queries lab first.`,
        },
        evidence,
      );
    }
    const [found] = matching;
    if (found) {
      return pass(
        { es: `La fuente de datos ${found.id} consulta Athena en el grupo de trabajo ${workGroup}.`, en: `Data source ${found.id} queries Athena in workgroup ${workGroup}.` },
        { resource: found.arn, ...evidence },
      );
    }
    if (athenaSources.length === 0) {
      return fail({ es: 'No hay ninguna fuente de datos de QuickSight de tipo Athena.', en: 'There is no QuickSight data source of type Athena.' }, evidence);
    }
    return fail(
      {
        es: `Ninguna fuente de datos de Athena usa el grupo de trabajo ${workGroup} con la creación terminada sin errores (se vieron: ${athenaSources.map((s) => `${s.id} → ${s.athenaWorkGroup ?? 'primary'}`).join(', ')}).`,
        en: `No Athena data source uses workgroup ${workGroup} with its creation finished without errors (seen: ${athenaSources.map((s) => `${s.id} → ${s.athenaWorkGroup ?? 'primary'}`).join(', ')}).`,
      },
      evidence,
    );
  },
});
