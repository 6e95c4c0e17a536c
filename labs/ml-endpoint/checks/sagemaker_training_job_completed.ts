import { defineCheck, fail, pass } from '../../../checker/core/define.ts';
import { withDataLake } from '../../glue-catalog/catalog.ts';
import { closed, inPrefix, isSklearnImage, JOB_PREFIX, MODEL_PREFIX, TRAINING_DATA_PREFIX, withSageMakerRole, withTrainingJob } from '../ml.ts';

/**
 * The newest `taxis-fare…` training job Completed, as the lesson runs it: scikit-learn script mode,
 * the execution role, the processed trips as input and models/ as output.
 */
export default defineCheck({
  id: 'sagemaker_training_job_completed',
  points: 1,
  needs: ['sagemaker_role_trusts_sagemaker_only'],
  title: {
    es: `El último trabajo de entrenamiento ${JOB_PREFIX}… terminó (Completed) con los viajes de processed/`,
    en: `The newest ${JOB_PREFIX}… training job Completed on the trips in processed/`,
  },
  hint: {
    es: `Lanza un trabajo de entrenamiento llamado ${JOB_PREFIX}-<fecha> con la imagen de scikit-learn de SageMaker, el rol de la lección, el canal train en s3://<bucket>/${TRAINING_DATA_PREFIX} y la salida en s3://<bucket>/${MODEL_PREFIX}. Si falla, lee FailureReason y el registro /aws/sagemaker/TrainingJobs.`,
    en: `Start a training job named ${JOB_PREFIX}-<date> with SageMaker's scikit-learn image, the lesson's role, the train channel on s3://<bucket>/${TRAINING_DATA_PREFIX} and the output on s3://<bucket>/${MODEL_PREFIX}. If it fails, read FailureReason and the /aws/sagemaker/TrainingJobs log.`,
  },
  cli: 'aws sagemaker create-training-job --cli-input-json file://training-job.json && aws sagemaker describe-training-job --training-job-name <taxis-fare-date> --query "{status: TrainingJobStatus, reason: FailureReason}"',
  run: (ctx) =>
    withSageMakerRole(ctx, (role) =>
      withDataLake(ctx, (bucket) =>
        withTrainingJob(ctx, async (job) => {
          const evidence = {
            resource: job.arn, status: job.status, failureReason: job.failureReason ?? null, roleArn: job.roleArn, image: job.image ?? null,
            channels: job.channels, outputPath: job.outputPath ?? null, createdAt: job.createdAt ?? null, olderJobs: job.others,
          };
          if (job.status !== 'Completed') {
            const why = job.failureReason ? ` ${closed(job.failureReason.split('\n').find((l) => /Error|Exception/.test(l)) ?? job.failureReason.split('\n')[0]!)}` : '';
            return fail({ es: `El trabajo ${job.name} está ${job.status}, no Completed.${why}`, en: `Job ${job.name} is ${job.status}, not Completed.${why}` }, evidence);
          }
          if (job.roleArn !== role.arn) {
            return fail({ es: `El trabajo ${job.name} usa el rol ${job.roleArn}, no ${role.name}.`, en: `Job ${job.name} uses role ${job.roleArn}, not ${role.name}.` }, evidence);
          }
          if (!isSklearnImage(job.image)) {
            return fail({ es: `El trabajo ${job.name} no usa una imagen de scikit-learn de SageMaker.`, en: `Job ${job.name} does not use a SageMaker scikit-learn image.` }, evidence);
          }
          if (!job.channels.some((c) => inPrefix(c.s3Uri, bucket.name, TRAINING_DATA_PREFIX))) {
            return fail({ es: `Ningún canal de entrada del trabajo ${job.name} lee s3://${bucket.name}/${TRAINING_DATA_PREFIX}.`, en: `No input channel of job ${job.name} reads s3://${bucket.name}/${TRAINING_DATA_PREFIX}.` }, evidence);
          }
          if (!inPrefix(job.outputPath, bucket.name, MODEL_PREFIX)) {
            return fail({ es: `El trabajo ${job.name} guarda el modelo en ${job.outputPath ?? '(nada)'}, no en s3://${bucket.name}/${MODEL_PREFIX}.`, en: `Job ${job.name} stores the model in ${job.outputPath ?? '(nothing)'}, not in s3://${bucket.name}/${MODEL_PREFIX}.` }, evidence);
          }
          return pass({ es: `El trabajo ${job.name} terminó (Completed) con los viajes de processed/.`, en: `Job ${job.name} Completed on the trips in processed/.` }, evidence);
        }))),
});
