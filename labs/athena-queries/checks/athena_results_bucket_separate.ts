import { defineCheck, fail, pass } from '../../../checker/core/define.ts';
import { DATA_LAKE_PREFIX, parseS3Uri, RESULTS_BUCKET_PREFIX, withWorkGroup } from '../athena.ts';

export default defineCheck({
  id: 'athena_results_bucket_separate',
  cli: 'aws athena update-work-group --work-group taxis --configuration-updates "ResultConfigurationUpdates={OutputLocation=s3://taxis-athena-results-<your-name>-<account>/}"',
  points: 1,
  needs: ['athena_workgroup_enforced'],
  title: {
    es: 'Los resultados de las consultas van a un bucket propio, fuera del data lake',
    en: 'Query results go to a bucket of their own, outside the data lake',
  },
  hint: {
    es: `Crea un bucket para los resultados (por ejemplo ${RESULTS_BUCKET_PREFIX}<tu-nombre>-<cuenta>) y ponlo como ubicación de resultados del grupo de trabajo (OutputLocation s3://<bucket>/). No uses el bucket ${DATA_LAKE_PREFIX}…: los resultados son temporales y no deben mezclarse con los datos.`,
    en: `Create a bucket for results (for example ${RESULTS_BUCKET_PREFIX}<your-name>-<account>) and set it as the workgroup's results location (OutputLocation s3://<bucket>/). Do not use the ${DATA_LAKE_PREFIX}… bucket: results are temporary and must not mix with the data.`,
  },
  run: (ctx) =>
    withWorkGroup(ctx, async (group) => {
      const location = group.outputLocation;
      const target = location ? parseS3Uri(location) : undefined;
      const evidence = { resource: group.arn, outputLocation: location ?? null, managedQueryResults: group.managedResults, bucket: target?.bucket ?? null };
      if (!location || !target) {
        return fail(
          group.managedResults
            ? {
                es: `El grupo de trabajo ${group.name} usa resultados administrados por Athena; este laboratorio pide un bucket de resultados propio.`,
                en: `Workgroup ${group.name} uses Athena managed query results; this lab asks for a results bucket of your own.`,
              }
            : { es: `El grupo de trabajo ${group.name} no tiene ubicación de resultados.`, en: `Workgroup ${group.name} has no results location.` },
          evidence,
        );
      }
      const buckets = await ctx.s3.listBuckets();
      const dataLake = buckets.map((b) => b.name).filter((name) => name.startsWith(DATA_LAKE_PREFIX));
      const exists = buckets.some((b) => b.name === target.bucket);
      const full = { ...evidence, bucketExists: exists, dataLakeBuckets: dataLake };
      if (target.bucket.startsWith(DATA_LAKE_PREFIX)) {
        return fail(
          { es: `Los resultados van al data lake (${target.bucket}); deben ir a un bucket aparte.`, en: `Results go to the data lake (${target.bucket}); they must go to a separate bucket.` },
          full,
        );
      }
      if (!exists) {
        return fail(
          { es: `Los resultados van a ${target.bucket}, que no existe en esta cuenta: las consultas fallarían.`, en: `Results go to ${target.bucket}, which does not exist in this account: queries would fail.` },
          full,
        );
      }
      return pass({ es: `Los resultados van a ${location}, un bucket aparte del data lake.`, en: `Results go to ${location}, a bucket apart from the data lake.` }, full);
    }),
});
