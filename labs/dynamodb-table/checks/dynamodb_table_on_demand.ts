import { defineCheck, fail, pass } from '../../../checker/core/define.ts';
import { TABLE_NAME, withTable } from '../table.ts';

export default defineCheck({
  id: 'dynamodb_table_on_demand',
  cli: `aws dynamodb update-table --table-name ${TABLE_NAME} --billing-mode PAY_PER_REQUEST`,
  points: 1,
  needs: ['dynamodb_table_keys'],
  title: { es: `La tabla ${TABLE_NAME} usa capacidad bajo demanda`, en: `The ${TABLE_NAME} table uses on-demand capacity` },
  hint: {
    es: 'Sin --billing-mode, DynamoDB crea la tabla con capacidad aprovisionada; para este tráfico irregular usa PAY_PER_REQUEST (bajo demanda).',
    en: 'Without --billing-mode, DynamoDB creates the table with provisioned capacity; for this irregular traffic use PAY_PER_REQUEST (on-demand).',
  },
  run: (ctx) =>
    withTable(ctx, (table) => {
      const evidence = { resource: table.arn, billingMode: table.billingMode, expected: 'PAY_PER_REQUEST' };
      if (table.billingMode !== 'PAY_PER_REQUEST') {
        return fail({ es: `La tabla ${table.name} usa capacidad ${table.billingMode}, no bajo demanda.`, en: `Table ${table.name} uses ${table.billingMode} capacity, not on-demand.` }, evidence);
      }
      return pass({ es: `La tabla ${table.name} usa capacidad bajo demanda.`, en: `Table ${table.name} uses on-demand capacity.` }, evidence);
    }),
});
