import { defineCheck, fail, pass } from '../../../checker/core/define.ts';
import type { CrawlerInfo } from '../../../checker/services/glue/types.ts';
import { closed, crawlerEvidence, findGlueRole, isRole, isUnder, RAW_PREFIX, withDataLake, withDatabase } from '../catalog.ts';

/** A crawler whose every S3 target lies under raw/ of the data lake (at least one). */
const crawlsRawOnly = (c: CrawlerInfo, bucket: string) => c.s3Targets.length > 0 && c.s3Targets.every((t) => isUnder(t.path, bucket, RAW_PREFIX));

export default defineCheck({
  id: 'glue_crawler_raw_crawled',
  cli: 'aws glue create-crawler --name taxis-raw --role TaxisGlueServiceRole --database-name taxis --targets \'{"S3Targets":[{"Path":"s3://<bucket>/raw/"}]}\' && aws glue start-crawler --name taxis-raw',
  points: 1,
  needs: ['glue_database_exists'],
  title: {
    es: 'Un crawler con el rol de Glue recorre raw/ del data lake hacia la base de datos y ha terminado bien',
    en: 'A crawler with the Glue role crawls raw/ of the data lake into the database and has finished successfully',
  },
  hint: {
    es: 'Crea un crawler con destino la base de datos del laboratorio, el rol de Glue y como origen S3 s3://<bucket>/raw/ (no el bucket entero: catalogaría también processed/ y los scripts). Después ejecútalo (aws glue start-crawler) y espera a que vuelva a READY.',
    en: 'Create a crawler whose target is the lab\'s database, with the Glue role and s3://<bucket>/raw/ as its S3 source (not the whole bucket: it would also catalogue processed/ and the scripts). Then run it (aws glue start-crawler) and wait until it is READY again.',
  },
  run: (ctx) =>
    withDatabase(ctx, (db) =>
      withDataLake(ctx, async (bucket) => {
        const { graded: role } = await findGlueRole(ctx);
        const intoDb = (await ctx.glue.listCrawlers()).filter((c) => c.database === db.name);
        const evidence = { resource: bucket.arn, database: db.name, expectedTarget: `s3://${bucket.name}/${RAW_PREFIX}`, role: role?.arn ?? null, crawlers: intoDb.map(crawlerEvidence) };
        const overRaw = intoDb.filter((c) => crawlsRawOnly(c, bucket.name));
        if (!overRaw.length) {
          return fail(
            { es: `Ningún crawler de la base de datos ${db.name} tiene como origen solo s3://${bucket.name}/${RAW_PREFIX}.`, en: `No crawler of database ${db.name} has s3://${bucket.name}/${RAW_PREFIX} alone as its source.` },
            evidence,
          );
        }
        const withRole = overRaw.filter((c) => role && isRole(c.role, role));
        if (!withRole.length) {
          return fail(
            { es: `El crawler ${overRaw[0]!.name} usa el rol ${overRaw[0]!.role}, no el rol de servicio de Glue del laboratorio.`, en: `Crawler ${overRaw[0]!.name} uses role ${overRaw[0]!.role}, not the lab's Glue service role.` },
            evidence,
          );
        }
        const done = withRole.find((c) => c.lastCrawl?.status === 'SUCCEEDED');
        if (!done) {
          const c = withRole[0]!;
          const last = c.lastCrawl?.status;
          return fail(
            last
              ? { es: `La última ejecución del crawler ${c.name} terminó en ${last}: ${closed(c.lastCrawl?.errorMessage ?? 'sin mensaje')}`, en: `The last run of crawler ${c.name} ended ${last}: ${closed(c.lastCrawl?.errorMessage ?? 'no message')}` }
              : { es: `El crawler ${c.name} no ha terminado ninguna ejecución todavía (estado ${c.state ?? '?'}).`, en: `Crawler ${c.name} has not finished a run yet (state ${c.state ?? '?'}).` },
            evidence,
          );
        }
        return pass(
          { es: `El crawler ${done.name} recorrió s3://${bucket.name}/${RAW_PREFIX} con éxito hacia ${db.name}.`, en: `Crawler ${done.name} crawled s3://${bucket.name}/${RAW_PREFIX} successfully into ${db.name}.` },
          evidence,
        );
      })),
});
