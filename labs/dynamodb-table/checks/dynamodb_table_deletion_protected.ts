import { defineCheck, fail, pass } from '../../../checker/core/define.ts';
import { TABLE_NAME, withTable } from '../table.ts';

export default defineCheck({
  id: 'dynamodb_table_deletion_protected',
  cli: `aws dynamodb update-table --table-name ${TABLE_NAME} --deletion-protection-enabled`,
  points: 1,
  needs: ['dynamodb_table_keys'],
  title: { es: `La tabla ${TABLE_NAME} tiene activada la protección contra borrado`, en: `The ${TABLE_NAME} table has deletion protection on` },
  hint: {
    es: 'Activa la protección contra borrado: así un delete-table por error falla; para borrar la tabla al acabar, desactívala antes.',
    en: 'Turn on deletion protection, so a mistaken delete-table fails; to delete the table when you finish, turn it off first.',
  },
  run: (ctx) =>
    withTable(ctx, (table) => {
      const evidence = { resource: table.arn, deletionProtectionEnabled: table.deletionProtection };
      if (!table.deletionProtection) {
        return fail({ es: `La tabla ${table.name} no tiene la protección contra borrado activada.`, en: `Table ${table.name} does not have deletion protection on.` }, evidence);
      }
      return pass({ es: `La tabla ${table.name} tiene la protección contra borrado activada.`, en: `Table ${table.name} has deletion protection on.` }, evidence);
    }),
});
