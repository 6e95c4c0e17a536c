import { defineCheck, fail, pass } from '../../../checker/core/define.ts';
import { describeKeys, keysMatch, PARTITION_KEY, SORT_KEY, TABLE_NAME, withTable } from '../table.ts';

const WANTED = `${PARTITION_KEY.name} (${PARTITION_KEY.type}) + ${SORT_KEY.name} (${SORT_KEY.type})`;

export default defineCheck({
  id: 'dynamodb_table_keys',
  cli: `aws dynamodb describe-table --table-name ${TABLE_NAME} --query 'Table.[TableStatus,KeySchema,AttributeDefinitions]'`,
  points: 1,
  title: {
    es: `La tabla ${TABLE_NAME} está activa con ${PARTITION_KEY.name} como clave de partición y ${SORT_KEY.name} como clave de ordenación`,
    en: `The ${TABLE_NAME} table is active with ${PARTITION_KEY.name} as partition key and ${SORT_KEY.name} as sort key`,
  },
  hint: {
    es: `Las claves no se pueden cambiar en una tabla que ya existe: bórrala y créala de nuevo con ${PARTITION_KEY.name} de tipo N (HASH) y ${SORT_KEY.name} de tipo S (RANGE).`,
    en: `Keys cannot be changed on an existing table: delete it and create it again with ${PARTITION_KEY.name} of type N (HASH) and ${SORT_KEY.name} of type S (RANGE).`,
  },
  run: (ctx) =>
    withTable(ctx, (table) => {
      const keys = describeKeys(table.keys, table.attributeTypes);
      const evidence = { resource: table.arn, status: table.status, keys, expectedKeys: WANTED, otherMatchingTables: table.others };
      if (!keysMatch(table.keys, table.attributeTypes, PARTITION_KEY, SORT_KEY)) {
        return fail(
          { es: `La tabla ${table.name} tiene como clave ${keys}; la lección usa ${WANTED}.`, en: `Table ${table.name} is keyed on ${keys}; the lesson uses ${WANTED}.` },
          evidence,
        );
      }
      if (table.status !== 'ACTIVE') {
        return fail({ es: `La tabla ${table.name} está en estado ${table.status}, no ACTIVE.`, en: `Table ${table.name} is ${table.status}, not ACTIVE.` }, evidence);
      }
      return pass({ es: `La tabla ${table.name} está activa con la clave ${keys}.`, en: `Table ${table.name} is active, keyed on ${keys}.` }, evidence);
    }),
});
