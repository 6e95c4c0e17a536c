import { defineCheck, fail, pass } from '../../../checker/core/define.ts';
import { TABLE_NAME, withTable } from '../table.ts';

export default defineCheck({
  id: 'dynamodb_table_pitr_enabled',
  cli: `aws dynamodb update-continuous-backups --table-name ${TABLE_NAME} --point-in-time-recovery-specification PointInTimeRecoveryEnabled=true`,
  points: 1,
  needs: ['dynamodb_table_keys'],
  title: { es: `La tabla ${TABLE_NAME} tiene activada la recuperación a un momento dado (PITR)`, en: `The ${TABLE_NAME} table has point-in-time recovery (PITR) on` },
  hint: {
    es: 'Activa la recuperación a un momento dado: protege de borrados o escrituras por error y la exportación a S3 para Glue la exige.',
    en: 'Turn on point-in-time recovery: it protects against mistaken deletes or writes, and the export to S3 for Glue requires it.',
  },
  run: (ctx) =>
    withTable(ctx, async (table) => {
      const backups = await ctx.dynamodb.continuousBackups(table.name);
      const status = backups?.pitrStatus ?? 'DISABLED';
      const evidence = { resource: table.arn, pointInTimeRecovery: status, recoveryPeriodDays: backups?.recoveryPeriodDays ?? null };
      if (status !== 'ENABLED') {
        return fail({ es: `La tabla ${table.name} tiene la recuperación a un momento dado en ${status}.`, en: `Table ${table.name} has point-in-time recovery ${status}.` }, evidence);
      }
      const days = backups?.recoveryPeriodDays;
      return pass(
        days === undefined
          ? { es: `La tabla ${table.name} tiene activada la recuperación a un momento dado.`, en: `Table ${table.name} has point-in-time recovery on.` }
          : { es: `La tabla ${table.name} tiene activada la recuperación a un momento dado, con ${days} días.`, en: `Table ${table.name} has point-in-time recovery on, over ${days} days.` },
        evidence,
      );
    }),
});
