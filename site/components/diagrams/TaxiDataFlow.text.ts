import type { Lang } from '../../../checker/core/i18n.ts';

const es = {
  title: 'Flujo de datos del proyecto de taxis de Nueva York',
  description:
    'Los viajes públicos de NYC TLC pasan por un bucket de Amazon S3 (raw/, processed/, el modelo y las predicciones), se preparan con pandas en la EC2, entrenan un modelo en SageMaker AI, que sirve predicciones desde un endpoint, y acaban en un panel de Amazon Quick Sight. El rol de IAM de-s3access da a la EC2 acceso al bucket.',
  tlc: { title: 'Viajes de NYC TLC', detail: 'archivos de datos públicos' },
  host: { title: 'Tu computadora o la EC2 «data-engineer»', detail: 'descarga los archivos y los sube a S3' },
  bucket: 'Amazon S3',
  bucketNote: 'un solo bucket',
  raw: { title: 'raw/', detail: 'archivos tal como llegan' },
  prep: { title: 'Preprocesado con pandas', detail: 'en la EC2: limpia y escribe en processed/' },
  processed: { title: 'processed/', detail: 'datos limpios' },
  training: { title: 'Entrenamiento en SageMaker AI', detail: 'aprende de processed/ y guarda el modelo en S3' },
  model: { title: 'Modelo', detail: 'artefacto model.tar.gz' },
  endpoint: { title: 'Endpoint de SageMaker AI', detail: 'carga el modelo y devuelve predicciones' },
  predictions: { title: 'Predicciones', detail: 'resultados en archivos' },
  dashboard: { title: 'Panel de Amazon Quick Sight', detail: 'lee las predicciones con Amazon Athena' },
  role: 'Rol de IAM de-s3access',
  roleNote: 'En la EC2, este rol deja a los pasos 2 y 3 leer y escribir en el bucket sin guardar claves de acceso.',
  steps: [
    'Paso 1: los archivos de viajes de NYC TLC, datos públicos, son el punto de partida.',
    'Paso 2: tu computadora o la instancia EC2 «data-engineer» descarga esos archivos y los sube al bucket de Amazon S3, bajo el prefijo raw/.',
    'Paso 3: en la EC2, un script con pandas lee raw/, limpia los datos y escribe el resultado en el prefijo processed/ del mismo bucket.',
    'En la EC2, los pasos 2 y 3 acceden al bucket gracias al rol de IAM de-s3access, sin claves de acceso guardadas en la instancia.',
    'Paso 4: un trabajo de entrenamiento de Amazon SageMaker AI lee processed/ y guarda el modelo entrenado (el artefacto model.tar.gz) en el bucket.',
    'Paso 5: un endpoint de SageMaker AI carga ese modelo y devuelve predicciones, que se guardan en el bucket.',
    'Paso 6: un panel de Amazon Quick Sight muestra las predicciones, que consulta en S3 a través de Amazon Athena.',
  ],
};

export const text: Record<Lang, typeof es> = {
  es,
  en: {
    title: 'Data flow of the New York taxi project',
    description:
      'Public NYC TLC trip files go through an Amazon S3 bucket (raw/, processed/, the model and the predictions): pandas on EC2 prepares them, SageMaker AI trains a model and serves predictions from an endpoint, and an Amazon Quick Sight dashboard shows them. The IAM role de-s3access gives EC2 access to the bucket.',
    tlc: { title: 'NYC TLC trip records', detail: 'public data files' },
    host: { title: 'Your laptop or the EC2 “data-engineer”', detail: 'downloads the files and uploads them to S3' },
    bucket: 'Amazon S3',
    bucketNote: 'one bucket',
    raw: { title: 'raw/', detail: 'files as they arrive' },
    prep: { title: 'Preprocessing with pandas', detail: 'on EC2: cleans and writes to processed/' },
    processed: { title: 'processed/', detail: 'clean data' },
    training: { title: 'SageMaker AI training job', detail: 'learns from processed/ and saves the model to S3' },
    model: { title: 'Model', detail: 'artefact model.tar.gz' },
    endpoint: { title: 'SageMaker AI endpoint', detail: 'loads the model and returns predictions' },
    predictions: { title: 'Predictions', detail: 'results in files' },
    dashboard: { title: 'Amazon Quick Sight dashboard', detail: 'reads the predictions with Amazon Athena' },
    role: 'IAM role de-s3access',
    roleNote: 'On EC2, this role lets steps 2 and 3 read and write the bucket with no access keys stored.',
    steps: [
      'Step 1: the NYC TLC trip files, public data, are the starting point.',
      'Step 2: your laptop or the EC2 instance “data-engineer” downloads those files and uploads them to the Amazon S3 bucket, under the raw/ prefix.',
      'Step 3: on EC2, a pandas script reads raw/, cleans the data and writes the result to the processed/ prefix of the same bucket.',
      'On EC2, steps 2 and 3 reach the bucket through the IAM role de-s3access, with no access keys stored on the instance.',
      'Step 4: an Amazon SageMaker AI training job reads processed/ and saves the trained model (the model.tar.gz artefact) in the bucket.',
      'Step 5: a SageMaker AI endpoint loads that model and returns predictions, which are saved in the bucket.',
      'Step 6: an Amazon Quick Sight dashboard shows the predictions, querying them in S3 through Amazon Athena.',
    ],
  },
};
