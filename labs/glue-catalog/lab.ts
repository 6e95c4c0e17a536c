import { defineLab } from '../../checker/core/define.ts';
import { labFile } from '../../checker/paths.ts';
import { BUCKET_PREFIX } from '../s3-bucket/bucket.ts';
import glueCrawlerRawCrawled from './checks/glue_crawler_raw_crawled.ts';
import glueDatabaseExists from './checks/glue_database_exists.ts';
import glueJobLastRunSucceeded from './checks/glue_job_last_run_succeeded.ts';
import glueJobParquetWritten from './checks/glue_job_parquet_written.ts';
import glueRoleDataLakeAccess from './checks/glue_role_data_lake_access.ts';
import glueRoleLeastPrivilege from './checks/glue_role_least_privilege.ts';
import glueRoleServicePolicyAttached from './checks/glue_role_service_policy_attached.ts';
import glueRoleTrustsGlueOnly from './checks/glue_role_trusts_glue_only.ts';
import glueTableRawColumns from './checks/glue_table_raw_columns.ts';
import { glueCatalogSetup } from './setup.ts';
import { gradedCatalog } from './catalog.ts';

/** The job's script, uploaded into the data lake where the job (and its role) read it. */
export const SCRIPT_KEY = 'scripts/raw_to_parquet.py';

export default defineLab({
  id: 'glue-catalog',
  title: { es: 'El catálogo de Glue y el job de pandas', en: 'The Glue catalog and the pandas job' },
  summary: {
    es: 'Un rol de servicio para Glue, la base de datos taxis, un crawler que cataloga raw/ y un job Python shell que limpia los viajes con pandas y los guarda en Parquet bajo processed/. En el emulador el crawler y el job se ejecutan de verdad.',
    en: 'A service role for Glue, the taxis database, a crawler that catalogues raw/ and a Python shell job that cleans the trips with pandas and stores them as Parquet under processed/. On the emulator the crawler and the job really run.',
  },
  lessons: ['connecting-services/glue', 'connecting-services/service-roles'],
  requires: ['s3-bucket'],
  seeds: [{ bucketOutput: 'BucketName', key: SCRIPT_KEY, file: labFile('glue-catalog', 'job', 'raw_to_parquet.py'), contentType: 'text/x-python' }],
  setup: glueCatalogSetup,
  // The data-lake bucket (taxis-datalake-<learner>-<account>) bounds the learner name, as in s3-bucket.
  maxLearnerLength: 63 - BUCKET_PREFIX.length - '-'.length - 12,
  graded: gradedCatalog,
  checks: [
    glueRoleTrustsGlueOnly,
    glueRoleServicePolicyAttached,
    glueRoleDataLakeAccess,
    glueRoleLeastPrivilege,
    glueDatabaseExists,
    glueCrawlerRawCrawled,
    glueTableRawColumns,
    glueJobLastRunSucceeded,
    glueJobParquetWritten,
  ],
  cliSteps: [
    {
      id: 'variables',
      title: { es: 'Prepara las variables', en: 'Set up the variables' },
      description: {
        es: 'El bucket es el del laboratorio del bucket S3, con la muestra ya en raw/.',
        en: 'The bucket is the one from the S3 bucket lab, with the sample already in raw/.',
      },
    },
    {
      id: 'role',
      title: { es: 'Crea el rol de servicio de Glue', en: 'Create the Glue service role' },
      description: {
        es: 'Confía solo en Glue; lleva AWSGlueServiceRole y una política propia para leer raw/ y scripts/ y escribir processed/.',
        en: 'It trusts Glue alone; it carries AWSGlueServiceRole and a policy of your own to read raw/ and scripts/ and write processed/.',
      },
    },
    {
      id: 'database',
      title: { es: 'Crea la base de datos', en: 'Create the database' },
      description: {
        es: 'Solo un nombre en el catálogo: las tablas que el crawler cree vivirán en ella.',
        en: 'Just a name in the catalog: the tables the crawler creates will live in it.',
      },
    },
    {
      id: 'crawler',
      title: { es: 'Crea y ejecuta el crawler', en: 'Create and run the crawler' },
      description: {
        es: 'Recorre raw/ con el rol de Glue, deduce el esquema del CSV y crea la tabla; el bucle espera a que vuelva a READY.',
        en: 'It walks raw/ with the Glue role, works out the CSV\'s schema and creates the table; the loop waits until it is READY again.',
      },
    },
    {
      id: 'script',
      title: { es: 'Sube el script del job', en: 'Upload the job script' },
      description: {
        es: 'Glue lee el script desde S3; el rol tiene permiso de lectura sobre scripts/.',
        en: 'Glue reads the script from S3; the role may read scripts/.',
      },
    },
    {
      id: 'job',
      title: { es: 'Crea el job Python shell', en: 'Create the Python shell job' },
      description: {
        es: 'Python 3.9 con las bibliotecas de análisis (pandas, pyarrow) y 1/16 de DPU, la capacidad mínima.',
        en: 'Python 3.9 with the analytics libraries (pandas, pyarrow) and 1/16 of a DPU, the smallest capacity.',
      },
    },
    {
      id: 'run-job',
      title: { es: 'Ejecuta el job y espera', en: 'Run the job and wait' },
      description: {
        es: 'El bucle consulta el estado hasta que la ejecución termina; si falla, muestra el mensaje de error.',
        en: 'The loop polls the state until the run finishes; if it fails, it prints the error message.',
      },
    },
    {
      id: 'verify',
      title: { es: 'Comprueba el resultado', en: 'Check the result' },
      description: {
        es: 'La tabla del catálogo, el Parquet en processed/ y lo que el script escribió en sus registros.',
        en: 'The catalog table, the Parquet under processed/ and what the script wrote to its logs.',
      },
    },
  ],
});
