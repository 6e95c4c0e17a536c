import { defineLab } from '../../checker/core/define.ts';
import { DYNAMODB_TABLE_MAX_LEARNER } from '../../infra/lib/dynamodb-table-stack.ts';
import dynamodbTableDeletionProtected from './checks/dynamodb_table_deletion_protected.ts';
import dynamodbTableGsi from './checks/dynamodb_table_gsi.ts';
import dynamodbTableKeys from './checks/dynamodb_table_keys.ts';
import dynamodbTableOnDemand from './checks/dynamodb_table_on_demand.ts';
import dynamodbTablePitrEnabled from './checks/dynamodb_table_pitr_enabled.ts';
import { gradedTable } from './table.ts';

export default defineLab({
  id: 'dynamodb-table',
  title: { es: 'La tabla de viajes en DynamoDB', en: 'The trips table in DynamoDB' },
  summary: {
    es: 'Una tabla bajo demanda para los viajes de taxi, con claves pensadas para consultar por zona de origen, un índice para la zona de destino, recuperación a un momento dado y protección contra borrado.',
    en: 'An on-demand table for the taxi trips, keyed to query by pickup zone, with an index for the drop-off zone, point-in-time recovery and deletion protection.',
  },
  lessons: ['connecting-services/dynamodb'],
  // The reference table is `taxi-trips-<learner>`, within DynamoDB's 255 characters.
  maxLearnerLength: DYNAMODB_TABLE_MAX_LEARNER,
  graded: gradedTable,
  checks: [dynamodbTableKeys, dynamodbTableOnDemand, dynamodbTableGsi, dynamodbTablePitrEnabled, dynamodbTableDeletionProtected],
  cliSteps: [
    {
      id: 'variables',
      title: { es: 'Prepara las variables', en: 'Set up the variables' },
      description: {
        es: 'El nombre de la tabla es el de la lección; en una cuenta compartida añade tu nombre detrás (taxi-trips-ana).',
        en: 'The table name is the lesson\'s; in a shared account add your name after it (taxi-trips-ana).',
      },
    },
    {
      id: 'table',
      title: { es: 'Crea la tabla con su índice', en: 'Create the table with its index' },
      description: {
        es: 'Clave de partición pickup_zone, clave de ordenación trip_key, capacidad bajo demanda y el índice by-dropoff-zone; después espera a que esté activa.',
        en: 'Partition key pickup_zone, sort key trip_key, on-demand capacity and the by-dropoff-zone index; then wait until it is active.',
      },
    },
    {
      id: 'protect',
      title: { es: 'Activa PITR y la protección contra borrado', en: 'Turn on PITR and deletion protection' },
      description: {
        es: 'La recuperación a un momento dado guarda 35 días por defecto (puedes acortarlo); la protección hace fallar un borrado por error.',
        en: 'Point-in-time recovery keeps 35 days by default (you can shorten it); the protection makes a mistaken delete fail.',
      },
    },
    {
      id: 'items',
      title: { es: 'Escribe y consulta unos viajes', en: 'Write and query a few trips' },
      description: {
        es: 'Tres viajes de la muestra de enero de 2025; una consulta por zona de origen y día, y otra por zona de destino en el índice.',
        en: 'Three trips from the January 2025 sample; one query by pickup zone and day, another by drop-off zone on the index.',
      },
    },
  ],
});
