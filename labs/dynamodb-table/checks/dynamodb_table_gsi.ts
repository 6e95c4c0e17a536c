import { defineCheck, fail, pass } from '../../../checker/core/define.ts';
import { describeKeys, GSI_NAME, GSI_PARTITION_KEY, keysMatch, SORT_KEY, TABLE_NAME, withTable } from '../table.ts';

const WANTED = `${GSI_PARTITION_KEY.name} (${GSI_PARTITION_KEY.type}) + ${SORT_KEY.name} (${SORT_KEY.type}), projection ALL`;

export default defineCheck({
  id: 'dynamodb_table_gsi',
  cli: `aws dynamodb describe-table --table-name ${TABLE_NAME} --query 'Table.GlobalSecondaryIndexes[].[IndexName,IndexStatus,KeySchema,Projection]'`,
  points: 1,
  needs: ['dynamodb_table_keys'],
  title: {
    es: `El índice secundario global ${GSI_NAME} está activo, por ${GSI_PARTITION_KEY.name} y ${SORT_KEY.name}, con todos los atributos`,
    en: `The ${GSI_NAME} global secondary index is active, keyed on ${GSI_PARTITION_KEY.name} and ${SORT_KEY.name}, with every attribute`,
  },
  hint: {
    es: `Crea el índice ${GSI_NAME} con ${GSI_PARTITION_KEY.name} (N) como clave de partición, ${SORT_KEY.name} (S) como clave de ordenación y la proyección ALL, para que la consulta por zona de destino devuelva el viaje entero.`,
    en: `Create the ${GSI_NAME} index with ${GSI_PARTITION_KEY.name} (N) as partition key, ${SORT_KEY.name} (S) as sort key and the ALL projection, so the query by drop-off zone returns the whole trip.`,
  },
  run: (ctx) =>
    withTable(ctx, (table) => {
      const index = table.globalIndexes.find((i) => i.name === GSI_NAME);
      const evidence = {
        resource: table.arn,
        indexes: table.globalIndexes.map((i) => ({ name: i.name, keys: describeKeys(i.keys, table.attributeTypes), projection: i.projectionType, status: i.status })),
        expected: { name: GSI_NAME, keys: WANTED },
      };
      if (!index) {
        return fail({ es: `La tabla ${table.name} no tiene ningún índice secundario global llamado ${GSI_NAME}.`, en: `Table ${table.name} has no global secondary index named ${GSI_NAME}.` }, evidence);
      }
      const keys = describeKeys(index.keys, table.attributeTypes);
      if (!keysMatch(index.keys, table.attributeTypes, GSI_PARTITION_KEY, SORT_KEY)) {
        return fail({ es: `El índice ${GSI_NAME} tiene como clave ${keys}; la lección usa ${WANTED}.`, en: `Index ${GSI_NAME} is keyed on ${keys}; the lesson uses ${WANTED}.` }, evidence);
      }
      if (index.projectionType !== 'ALL') {
        return fail({ es: `El índice ${GSI_NAME} proyecta ${index.projectionType}, no todos los atributos (ALL).`, en: `Index ${GSI_NAME} projects ${index.projectionType}, not every attribute (ALL).` }, evidence);
      }
      if (index.status !== 'ACTIVE') {
        return fail({ es: `El índice ${GSI_NAME} está en estado ${index.status}, no ACTIVE.`, en: `Index ${GSI_NAME} is ${index.status}, not ACTIVE.` }, evidence);
      }
      return pass({ es: `El índice ${GSI_NAME} está activo con la clave ${keys} y proyección ALL.`, en: `Index ${GSI_NAME} is active, keyed on ${keys} with projection ALL.` }, evidence);
    }),
});
