import { defineLab } from '../../checker/core/define.ts';
import { BUCKET_PREFIX } from '../s3-bucket/bucket.ts';
import sagemakerEndpointConfigInstance from './checks/sagemaker_endpoint_config_instance.ts';
import sagemakerEndpointInService from './checks/sagemaker_endpoint_in_service.ts';
import sagemakerModelArtifactStored from './checks/sagemaker_model_artifact_stored.ts';
import sagemakerModelUsesArtifact from './checks/sagemaker_model_uses_artifact.ts';
import sagemakerRoleDataAccess from './checks/sagemaker_role_data_access.ts';
import sagemakerRoleS3LeastPrivilege from './checks/sagemaker_role_s3_least_privilege.ts';
import sagemakerRoleTrustsSagemakerOnly from './checks/sagemaker_role_trusts_sagemaker_only.ts';
import sagemakerTrainingJobCompleted from './checks/sagemaker_training_job_completed.ts';
import { mlEndpointSetup } from './setup.ts';

export default defineLab({
  id: 'ml-endpoint',
  title: { es: 'Un modelo de tarifas en SageMaker', en: 'A fare model in SageMaker' },
  summary: {
    es: 'Un rol de ejecución para SageMaker, un trabajo de entrenamiento de scikit-learn en modo script sobre los viajes de processed/, el modelo que produce y un endpoint que predice la tarifa de un viaje. En el emulador el entrenamiento y el endpoint se ejecutan de verdad.',
    en: 'An execution role for SageMaker, a scikit-learn script-mode training job on the trips in processed/, the model it produces and an endpoint that predicts a trip\'s fare. On the emulator, training and the endpoint really run.',
  },
  lessons: ['taxi-project/sagemaker-model'],
  requires: ['s3-bucket', 'glue-catalog'],
  setup: mlEndpointSetup,
  // The data-lake bucket (taxis-datalake-<learner>-<account>) bounds the learner name, as in s3-bucket.
  maxLearnerLength: 63 - BUCKET_PREFIX.length - '-'.length - 12,
  checks: [
    sagemakerRoleTrustsSagemakerOnly,
    sagemakerRoleDataAccess,
    sagemakerRoleS3LeastPrivilege,
    sagemakerTrainingJobCompleted,
    sagemakerModelArtifactStored,
    sagemakerModelUsesArtifact,
    sagemakerEndpointConfigInstance,
    sagemakerEndpointInService,
  ],
  cliSteps: [
    {
      id: 'variables',
      title: { es: 'Prepara las variables', en: 'Set up the variables' },
      description: {
        es: 'El bucket del proyecto, con los viajes limpios que dejó el job de Glue en processed/trips/.',
        en: 'The project\'s bucket, with the clean trips the Glue job left in processed/trips/.',
      },
    },
    {
      id: 'role',
      title: { es: 'Crea el rol de ejecución', en: 'Create the execution role' },
      description: {
        es: 'Confía solo en SageMaker; puede leer processed/, leer y escribir models/, escribir sus registros y descargar la imagen del contenedor.',
        en: 'It trusts SageMaker alone; it may read processed/, read and write models/, write its logs and pull the container image.',
      },
    },
    {
      id: 'code',
      title: { es: 'Empaqueta y sube el script', en: 'Package and upload the script' },
      description: {
        es: 'El modo script espera un sourcedir.tar.gz con el punto de entrada en la raíz.',
        en: 'Script mode expects a sourcedir.tar.gz with the entry point at its root.',
      },
    },
    {
      id: 'train',
      title: { es: 'Entrena y espera', en: 'Train and wait' },
      description: {
        es: 'Cada trabajo necesita un nombre nuevo; el bucle consulta el estado hasta que termina y muestra FailureReason si falla.',
        en: 'Every job needs a new name; the loop polls the status until it ends and prints FailureReason if it fails.',
      },
    },
    {
      id: 'model',
      title: { es: 'Crea el modelo', en: 'Create the model' },
      description: {
        es: 'La imagen de scikit-learn, el model.tar.gz del entrenamiento y el script que carga el modelo y responde.',
        en: 'The scikit-learn image, the training job\'s model.tar.gz and the script that loads the model and answers.',
      },
    },
    {
      id: 'endpoint',
      title: { es: 'Crea la configuración y el endpoint', en: 'Create the configuration and the endpoint' },
      description: {
        es: 'Una sola instancia ml.m5.large; el bucle espera a InService.',
        en: 'A single ml.m5.large instance; the loop waits for InService.',
      },
    },
    {
      id: 'predict',
      title: { es: 'Pide una predicción', en: 'Ask for a prediction' },
      description: {
        es: 'Un viaje en CSV (millas, minutos, hora de recogida, pasajeros); la respuesta es la tarifa estimada en dólares.',
        en: 'One trip as CSV (miles, minutes, pickup hour, passengers); the answer is the estimated fare in dollars.',
      },
    },
  ],
});
