import { inLang, type LabCleanup } from '../shared/cleanup.ts';

export const cleanup: LabCleanup = {
  items: [
    {
      resource: 'taxis-raw-to-parquet, taxis-raw-crawler',
      what: { es: 'El trabajo y el rastreador de Glue', en: 'The Glue job and crawler' },
      console: {
        es: 'AWS Glue → ETL jobs → el trabajo → Actions → Delete job; Crawlers → el rastreador → Action → Delete crawler.',
        en: 'AWS Glue → ETL jobs → the job → Actions → Delete job; Crawlers → the crawler → Action → Delete crawler.',
      },
      cost: {
        es: 'cada ejecución, por DPU-hora (el trabajo y el rastreador); un rastreador con horario sigue cobrando cada vez que corre',
        en: 'every run, per DPU-hour (job and crawler); a scheduled crawler keeps billing each time it runs',
      },
    },
    {
      resource: 'taxis',
      what: { es: 'La base de datos del catálogo, con sus tablas', en: 'The catalog database, with its tables' },
      console: { es: 'AWS Glue → Databases → taxis → Delete.', en: 'AWS Glue → Databases → taxis → Delete.' },
    },
    {
      resource: 'processed/, scripts/',
      what: { es: 'Lo que el trabajo escribió en el bucket, y su script', en: 'What the job wrote in the bucket, and its script' },
      console: { es: 'S3 → el bucket → marca las carpetas → Delete.', en: 'S3 → the bucket → select the folders → Delete.' },
      cost: { es: 'el almacenamiento, por GB y mes', en: 'storage, per GB-month' },
    },
    {
      resource: '/aws-glue/crawlers, /aws-glue/python-jobs/output, /aws-glue/python-jobs/error',
      what: { es: 'Los grupos de registros que dejan las ejecuciones de Glue', en: 'The log groups Glue runs leave behind' },
      console: {
        es: 'CloudWatch → Log groups → márcalos → Actions → Delete log group(s), si no usas Glue para nada más en esta cuenta.',
        en: 'CloudWatch → Log groups → select them → Actions → Delete log group(s), if you use Glue for nothing else in this account.',
      },
      cost: { es: 'los registros guardados, por GB y mes', en: 'the logs kept, per GB-month' },
    },
    {
      resource: 'TaxisGlueServiceRole',
      what: { es: 'El rol de servicio de Glue y su política', en: 'The Glue service role and its policy' },
      console: {
        es: 'IAM → Roles → TaxisGlueServiceRole → Delete; IAM → Policies → TaxisGlueDataLakeAccess → Delete.',
        en: 'IAM → Roles → TaxisGlueServiceRole → Delete; IAM → Policies → TaxisGlueDataLakeAccess → Delete.',
      },
    },
  ],
  cli: (lang) => {
    const say = inLang(lang);
    return `export AWS_DEFAULT_REGION=us-east-1
ACCOUNT_ID=$(aws sts get-caller-identity --query Account --output text)
BUCKET=taxis-datalake-student-$ACCOUNT_ID   ${say('# cambia student por tu nombre si usaste otro', '# replace student with your name if you used another')}
ROLE=TaxisGlueServiceRole
POLICY_ARN=arn:aws:iam::$ACCOUNT_ID:policy/TaxisGlueDataLakeAccess

aws glue delete-job --job-name taxis-raw-to-parquet
aws glue delete-crawler --name taxis-raw-crawler
aws glue delete-database --name taxis
aws s3 rm "s3://$BUCKET/processed/" --recursive
aws s3 rm "s3://$BUCKET/scripts/" --recursive
for LOG_GROUP in /aws-glue/crawlers /aws-glue/python-jobs/output /aws-glue/python-jobs/error; do
  aws logs delete-log-group --log-group-name "$LOG_GROUP"
done

aws iam detach-role-policy --role-name "$ROLE" --policy-arn "$POLICY_ARN"
aws iam delete-policy --policy-arn "$POLICY_ARN"
aws iam detach-role-policy --role-name "$ROLE" \\
  --policy-arn arn:aws:iam::aws:policy/service-role/AWSGlueServiceRole
aws iam delete-role --role-name "$ROLE"`;
  },
  note: {
    es: 'Borrar la base de datos borra sus tablas, pero no los archivos de S3. Como el bucket tiene versionado, S3 guarda las versiones anteriores hasta que la limpieza del bucket las borre. Si el laboratorio de Athena sigue en pie, límpialo antes: usa este catálogo.',
    en: 'Deleting the database deletes its tables, but not the files in S3. As the bucket is versioned, S3 keeps the earlier versions until the bucket\'s clean-up deletes them. If the Athena lab is still there, clean it up first: it uses this catalog.',
  },
};
