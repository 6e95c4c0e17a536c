import { defineCheck, fail, pass } from '../../../checker/core/define.ts';
import { findDataSets, summaryOfTable, TABLE_NAME } from '../bi.ts';

export default defineCheck({
  id: 'quicksight_dataset_trips',
  points: 1,
  needs: ['quicksight_datasource_athena'],
  title: {
    es: 'Un conjunto de datos lee los viajes procesados a través de esa fuente de datos',
    en: 'A data set reads the processed trips through that data source',
  },
  hint: {
    es: `Crea un conjunto de datos sobre la fuente de datos de Athena: elige la base de datos taxis y la tabla ${TABLE_NAME} (la de processed/), o escribe una consulta SQL personalizada que lea de ${TABLE_NAME}. Con «Directly query your data» no pagas capacidad SPICE.`,
    en: `Create a data set on the Athena data source: pick the taxis database and the ${TABLE_NAME} table (the one over processed/), or write a custom SQL query that reads from ${TABLE_NAME}. With "Directly query your data" you pay no SPICE capacity.`,
  },
  cli: 'aws quicksight create-data-set --aws-account-id <account> --data-set-id taxi-trips --name "Taxi trips" --import-mode DIRECT_QUERY --physical-table-map file://tables.json',
  run: async (ctx) => {
    const { sources, all, matching, processed } = await findDataSets(ctx);
    const evidence = {
      dataSourceArns: sources.matching.map((s) => s.arn),
      processedTables: processed.map((t) => `${t.database}.${t.name}`),
      dataSetsSeen: all.slice(0, 20).map((d) => ({ id: d.id, importMode: d.importMode, tables: d.tables.map(summaryOfTable) })),
    };
    const [found] = matching;
    if (found) {
      const how = found.table.kind === 'CustomSql' ? { es: 'con SQL personalizado', en: 'with custom SQL' } : { es: 'como tabla', en: 'as a table' };
      return pass(
        {
          es: `El conjunto de datos ${found.dataSet.id} lee ${found.reads.database}.${found.reads.name} ${how.es} (modo ${found.dataSet.importMode}).`,
          en: `Data set ${found.dataSet.id} reads ${found.reads.database}.${found.reads.name} ${how.en} (${found.dataSet.importMode} mode).`,
        },
        { resource: found.dataSet.arn, table: summaryOfTable(found.table), reads: `${found.reads.database}.${found.reads.name}`, ...evidence },
      );
    }
    if (processed.length === 0) {
      return fail(
        {
          es: `La base de datos taxis no tiene ninguna tabla sobre processed/ (como ${TABLE_NAME} del laboratorio athena-queries): no hay viajes procesados que leer.`,
          en: `The taxis database has no table over processed/ (such as ${TABLE_NAME} from the athena-queries lab): there are no processed trips to read.`,
        },
        evidence,
      );
    }
    return fail(
      {
        es: `Ningún conjunto de datos lee ${processed.map((t) => `${t.database}.${t.name}`).join(' o ')} a través de la fuente de datos de Athena (${all.length} conjuntos vistos).`,
        en: `No data set reads ${processed.map((t) => `${t.database}.${t.name}`).join(' or ')} through the Athena data source (${all.length} data sets seen).`,
      },
      evidence,
    );
  },
});
