import { defineCheck, fail, pass } from '../../../checker/core/define.ts';
import { splitS3Url } from '../../glue-catalog/catalog.ts';
import { withTrainingJob } from '../ml.ts';

/** The completed job's model.tar.gz is really in S3 (HeadObject: nothing is downloaded). */
export default defineCheck({
  id: 'sagemaker_model_artifact_stored',
  points: 1,
  needs: ['sagemaker_training_job_completed'],
  title: { es: 'El model.tar.gz del entrenamiento está en S3', en: "The training job's model.tar.gz is in S3" },
  hint: {
    es: 'SageMaker sube model.tar.gz a <salida>/<trabajo>/output/ al terminar. Si lo borraste, vuelve a entrenar; si falta, revisa que el rol pueda escribir en models/.',
    en: 'SageMaker uploads model.tar.gz to <output>/<job>/output/ when it finishes. If you deleted it, train again; if it is missing, check that the role can write under models/.',
  },
  cli: 'aws sagemaker create-training-job --cli-input-json file://training-job.json   # with a new TrainingJobName',
  run: (ctx) =>
    withTrainingJob(ctx, async (job) => {
      const where = splitS3Url(job.modelArtifact);
      if (!where) {
        return fail({ es: `El trabajo ${job.name} no indica ningún artefacto de modelo.`, en: `Job ${job.name} names no model artifact.` }, { resource: job.arn, modelArtifact: job.modelArtifact ?? null });
      }
      const head = await ctx.s3.headObject(where.bucket, where.key);
      const evidence = { resource: job.modelArtifact, job: job.name, size: head?.size ?? null, lastModified: head?.lastModified ?? null };
      if (!head) return fail({ es: `No existe ${job.modelArtifact}.`, en: `${job.modelArtifact} does not exist.` }, evidence);
      if (head.size === 0) return fail({ es: `${job.modelArtifact} está vacío.`, en: `${job.modelArtifact} is empty.` }, evidence);
      return pass({ es: `${job.modelArtifact} existe (${head.size} bytes).`, en: `${job.modelArtifact} exists (${head.size} bytes).` }, evidence);
    }),
});
