import { inLang, type LabCleanup } from '../shared/cleanup.ts';

export const cleanup: LabCleanup = {
  items: [
    {
      resource: 'taxis-fare-endpoint',
      what: { es: 'El endpoint, lo primero: es lo que se cobra por hora', en: 'The endpoint, first: it is what is billed by the hour' },
      console: {
        es: 'Amazon SageMaker AI → Inference → Endpoints → taxis-fare-endpoint → Delete. Espera a que desaparezca de la lista.',
        en: 'Amazon SageMaker AI → Inference → Endpoints → taxis-fare-endpoint → Delete. Wait until it leaves the list.',
      },
      cost: {
        es: 'cada hora (o fracción, por segundos) que la instancia ml.m5.large está encendida, reciba peticiones o no',
        en: 'every hour (billed by the second) the ml.m5.large instance is up, whether it gets requests or not',
      },
    },
    {
      resource: 'taxis-fare-config, taxis-fare-model',
      what: { es: 'La configuración del endpoint y el modelo', en: 'The endpoint configuration and the model' },
      console: {
        es: 'SageMaker AI → Inference → Endpoint configurations → taxis-fare-config → Delete; Inference → Models → taxis-fare-model → Delete.',
        en: 'SageMaker AI → Inference → Endpoint configurations → taxis-fare-config → Delete; Inference → Models → taxis-fare-model → Delete.',
      },
    },
    {
      resource: 'models/',
      what: { es: 'El código y los model.tar.gz de cada entrenamiento', en: 'The code and each training job\'s model.tar.gz' },
      console: { es: 'S3 → el bucket → marca la carpeta models/ → Delete.', en: 'S3 → the bucket → select the models/ folder → Delete.' },
      cost: { es: 'el almacenamiento, por GB y mes', en: 'storage, per GB-month' },
    },
    {
      resource: '/aws/sagemaker/TrainingJobs, /aws/sagemaker/Endpoints/taxis-fare-endpoint',
      what: { es: 'Los grupos de registros del entrenamiento y del endpoint', en: 'The training and endpoint log groups' },
      console: {
        es: 'CloudWatch → Log groups → márcalos → Actions → Delete log group(s), si no usas SageMaker AI para nada más en esta cuenta.',
        en: 'CloudWatch → Log groups → select them → Actions → Delete log group(s), if you use SageMaker AI for nothing else in this account.',
      },
      cost: { es: 'los registros guardados, por GB y mes', en: 'the logs kept, per GB-month' },
    },
    {
      resource: 'TaxisSageMakerRole',
      what: { es: 'El rol de ejecución y su política en línea', en: 'The execution role and its inline policy' },
      console: { es: 'IAM → Roles → TaxisSageMakerRole → Delete.', en: 'IAM → Roles → TaxisSageMakerRole → Delete.' },
    },
  ],
  cli: (lang) => {
    const say = inLang(lang);
    return `export AWS_DEFAULT_REGION=us-east-1
ACCOUNT_ID=$(aws sts get-caller-identity --query Account --output text)
BUCKET=taxis-datalake-student-$ACCOUNT_ID   ${say('# cambia student por tu nombre si usaste otro', '# replace student with your name if you used another')}

aws sagemaker delete-endpoint --endpoint-name taxis-fare-endpoint
aws sagemaker wait endpoint-deleted --endpoint-name taxis-fare-endpoint
aws sagemaker delete-endpoint-config --endpoint-config-name taxis-fare-config
aws sagemaker delete-model --model-name taxis-fare-model
aws s3 rm "s3://$BUCKET/models/" --recursive
for LOG_GROUP in /aws/sagemaker/TrainingJobs /aws/sagemaker/Endpoints/taxis-fare-endpoint; do
  aws logs delete-log-group --log-group-name "$LOG_GROUP"
done

aws iam delete-role-policy --role-name TaxisSageMakerRole --policy-name TaxisSageMakerAccess
aws iam delete-role --role-name TaxisSageMakerRole`;
  },
  note: {
    es: 'Los trabajos de entrenamiento terminados no cuestan nada y se quedan en la lista de SageMaker AI como historial. Como el bucket tiene versionado, S3 guarda las versiones anteriores de models/ hasta que la limpieza del bucket las borre.',
    en: 'Finished training jobs cost nothing and stay in SageMaker AI\'s list as history. As the bucket is versioned, S3 keeps the earlier versions of models/ until the bucket\'s clean-up deletes them.',
  },
};
