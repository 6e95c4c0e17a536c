import { defineCheck, fail, pass } from '../../../checker/core/define.ts';
import { findModel, isSklearnImage, MODEL_NAME, withTrainingJob } from '../ml.ts';

/** A model named like the lesson serves the newest completed job's artifact with the scikit-learn image. */
export default defineCheck({
  id: 'sagemaker_model_uses_artifact',
  points: 1,
  needs: ['sagemaker_model_artifact_stored'],
  title: { es: `El modelo ${MODEL_NAME} usa el artefacto del último entrenamiento`, en: `The ${MODEL_NAME} model uses the newest training job's artifact` },
  hint: {
    es: `Crea el modelo ${MODEL_NAME} con la imagen de scikit-learn, el rol de la lección, ModelDataUrl = el S3ModelArtifacts del último trabajo y SAGEMAKER_PROGRAM / SAGEMAKER_SUBMIT_DIRECTORY apuntando al script. Un modelo no se puede editar: si reentrenas, bórralo y créalo otra vez.`,
    en: `Create the ${MODEL_NAME} model with the scikit-learn image, the lesson's role, ModelDataUrl = the newest job's S3ModelArtifacts and SAGEMAKER_PROGRAM / SAGEMAKER_SUBMIT_DIRECTORY pointing at the script. A model cannot be edited: if you train again, delete it and create it anew.`,
  },
  cli: `aws sagemaker delete-model --model-name ${MODEL_NAME} && aws sagemaker create-model --model-name ${MODEL_NAME} --execution-role-arn <role-arn> --primary-container '{"Image":"<sklearn-image>","ModelDataUrl":"<S3ModelArtifacts>","Environment":{"SAGEMAKER_PROGRAM":"train.py","SAGEMAKER_SUBMIT_DIRECTORY":"s3://<bucket>/models/code/sourcedir.tar.gz"}}'`,
  run: (ctx) =>
    withTrainingJob(ctx, async (job) => {
      const { graded, seen } = await findModel(ctx);
      if (!graded) {
        return fail({ es: `No hay ningún modelo llamado ${MODEL_NAME} (ni ${MODEL_NAME}-…).`, en: `There is no model named ${MODEL_NAME} (nor ${MODEL_NAME}-…).` }, { lookedFor: { name: MODEL_NAME, orPrefix: `${MODEL_NAME}-` }, modelsSeen: seen });
      }
      const evidence = { resource: graded.arn, expected: job.modelArtifact ?? null, found: graded.modelDataUrl ?? null, image: graded.image ?? null, executionRoleArn: graded.executionRoleArn ?? null, otherMatchingModels: graded.others };
      if (graded.modelDataUrl !== job.modelArtifact) {
        return fail({ es: `El modelo ${graded.name} usa ${graded.modelDataUrl ?? '(ningún artefacto)'}, no el artefacto de ${job.name}.`, en: `Model ${graded.name} uses ${graded.modelDataUrl ?? '(no artifact)'}, not the artifact of ${job.name}.` }, evidence);
      }
      if (!isSklearnImage(graded.image)) {
        return fail({ es: `El modelo ${graded.name} no usa una imagen de scikit-learn de SageMaker.`, en: `Model ${graded.name} does not use a SageMaker scikit-learn image.` }, evidence);
      }
      return pass({ es: `El modelo ${graded.name} sirve el artefacto de ${job.name}.`, en: `Model ${graded.name} serves the artifact of ${job.name}.` }, evidence);
    }),
});
