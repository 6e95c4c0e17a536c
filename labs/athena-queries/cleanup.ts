import { inLang, type LabCleanup } from '../shared/cleanup.ts';

export const cleanup: LabCleanup = {
  items: [
    {
      resource: 'taxi_trips, trips_by_month',
      what: { es: 'Las tablas que creaste con SQL', en: 'The tables you created with SQL' },
      console: {
        es: 'Athena → Query editor, grupo de trabajo taxis → DROP TABLE de cada una; después borra processed/trips_by_month/ en S3.',
        en: 'Athena → Query editor, workgroup taxis → DROP TABLE for each; then delete processed/trips_by_month/ in S3.',
      },
    },
    {
      resource: 'taxis',
      what: { es: 'El grupo de trabajo, con su historial de consultas', en: 'The workgroup, with its query history' },
      console: { es: 'Athena → Workgroups → taxis → Delete.', en: 'Athena → Workgroups → taxis → Delete.' },
    },
    {
      resource: 'taxis-athena-results-<name>-<account>',
      what: { es: 'El bucket de resultados', en: 'The results bucket' },
      console: { es: 'S3 → el bucket → Empty y después Delete.', en: 'S3 → the bucket → Empty, then Delete.' },
      cost: {
        es: 'el almacenamiento de los resultados; cada consulta se cobra además por los datos que lee',
        en: 'the results\' storage; every query is also billed for the data it scans',
      },
    },
  ],
  cli: (lang) => {
    const say = inLang(lang);
    return `export AWS_DEFAULT_REGION=us-east-1
ACCOUNT_ID=$(aws sts get-caller-identity --query Account --output text)
BUCKET=taxis-datalake-student-$ACCOUNT_ID          ${say('# cambia student por tu nombre si usaste otro', '# replace student with your name if you used another')}
RESULTS=taxis-athena-results-student-$ACCOUNT_ID

aws athena start-query-execution --work-group taxis \\
  --query-execution-context Database=taxis --query-string "DROP TABLE IF EXISTS trips_by_month"
aws athena start-query-execution --work-group taxis \\
  --query-execution-context Database=taxis --query-string "DROP TABLE IF EXISTS taxi_trips"
aws s3 rm "s3://$BUCKET/processed/trips_by_month/" --recursive
aws athena delete-work-group --work-group taxis --recursive-delete-option
aws s3 rb "s3://$RESULTS" --force`;
  },
  note: {
    es: '`DROP TABLE` no toca `processed/trips/`: los viajes limpios siguen ahí para el resto del curso, y se borran con la limpieza de Glue.',
    en: '`DROP TABLE` leaves `processed/trips/` alone: the clean trips stay there for the rest of the course, and Glue\'s clean-up removes them.',
  },
};
