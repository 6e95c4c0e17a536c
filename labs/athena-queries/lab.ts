import { defineLab } from '../../checker/core/define.ts';
import { gradedWorkGroup, RESULTS_BUCKET_PREFIX } from './athena.ts';
import athenaQuerySucceeded from './checks/athena_query_succeeded.ts';
import athenaResultsBucketSeparate from './checks/athena_results_bucket_separate.ts';
import athenaResultsEncrypted from './checks/athena_results_encrypted.ts';
import athenaWorkgroupEnforced from './checks/athena_workgroup_enforced.ts';
import glueTableProcessedParquet from './checks/glue_table_processed_parquet.ts';
import { athenaSetup } from './setup.ts';

export default defineLab({
  id: 'athena-queries',
  title: { es: 'Consultas SQL con Athena sobre los viajes limpios', en: 'SQL queries with Athena over the clean trips' },
  summary: {
    es: 'Un grupo de trabajo que impone dónde y cifrados quedan los resultados, una tabla sobre los viajes en Parquet de processed/ y la pregunta del proyecto respondida en SQL. En el emulador la consulta se ejecuta de verdad.',
    en: 'A workgroup that enforces where results go and that they are encrypted, a table over the Parquet trips in processed/, and the project\'s question answered in SQL. On the emulator the query really runs.',
  },
  lessons: ['connecting-services/athena'],
  // The table reads the Parquet the glue-catalog job wrote to the s3-bucket lab's data lake.
  requires: ['s3-bucket', 'glue-catalog'],
  setup: athenaSetup,
  // The results bucket is named <prefix><learner>-<12-digit account>, within S3's 63 characters.
  maxLearnerLength: 63 - RESULTS_BUCKET_PREFIX.length - '-'.length - 12,
  graded: gradedWorkGroup,
  checks: [athenaWorkgroupEnforced, athenaResultsBucketSeparate, athenaResultsEncrypted, glueTableProcessedParquet, athenaQuerySucceeded],
  cliSteps: [
    {
      id: 'variables',
      title: { es: 'Prepara las variables', en: 'Set up the variables' },
      description: {
        es: 'El bucket de resultados lleva tu nombre y la cuenta, como el data lake, pero es otro bucket.',
        en: 'The results bucket carries your name and the account, like the data lake, but it is another bucket.',
      },
    },
    {
      id: 'results-bucket',
      title: { es: 'Crea el bucket de resultados', en: 'Create the results bucket' },
      description: {
        es: 'Privado, cifrado, solo por HTTPS y con una regla que borra los resultados a los 7 días.',
        en: 'Private, encrypted, HTTPS only, and with a rule that deletes results after 7 days.',
      },
    },
    {
      id: 'workgroup',
      title: { es: 'Crea el grupo de trabajo', en: 'Create the workgroup' },
      description: {
        es: 'Impone su configuración: resultados en tu bucket, cifrados con SSE-S3, y un tope de 1 GB escaneado por consulta.',
        en: 'It enforces its configuration: results in your bucket, encrypted with SSE-S3, and a cap of 1 GB scanned per query.',
      },
    },
    {
      id: 'table',
      title: { es: 'Registra la tabla sobre processed/', en: 'Register the table over processed/' },
      description: {
        es: 'CREATE EXTERNAL TABLE no mueve datos: solo guarda en el catálogo de Glue las columnas, el formato Parquet y la carpeta.',
        en: 'CREATE EXTERNAL TABLE moves no data: it only stores the columns, the Parquet format and the folder in the Glue catalog.',
      },
    },
    {
      id: 'query',
      title: { es: 'Lanza la consulta del proyecto', en: 'Run the project\'s query' },
      description: {
        es: 'La tarifa y la propina medias por tipo de pago. La consulta es asíncrona: esperas a que termine.',
        en: 'Average fare and tip by payment type. The query is asynchronous: you wait until it finishes.',
      },
    },
    {
      id: 'results',
      title: { es: 'Lee los resultados', en: 'Read the results' },
      description: {
        es: 'La primera fila son los nombres de las columnas; el CSV completo queda en el bucket de resultados.',
        en: 'The first row holds the column names; the full CSV stays in the results bucket.',
      },
    },
  ],
});
