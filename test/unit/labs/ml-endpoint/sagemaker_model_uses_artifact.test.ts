import { describe, expect, it } from 'vitest';
import check from '../../../../labs/ml-endpoint/checks/sagemaker_model_uses_artifact.ts';
import { ARTIFACT, BUCKET, JOB, run } from './helpers.ts';

describe('sagemaker_model_uses_artifact', () => {
  it("compliance: taxis-fare-model serves the newest job's artifact with the scikit-learn image", async () => {
    const outcome = await run(check);
    expect(outcome.status).toBe('pass');
    expect(outcome.evidence).toMatchObject({ expected: ARTIFACT, found: ARTIFACT });
  });

  it('compliance: a suffixed model name and a scikit-learn image of another region and version', async () => {
    const outcome = await run(check, (a) => {
      a.models[0]!.name = 'taxis-fare-model-ana';
      a.models[0]!.image = '662702820516.dkr.ecr.eu-west-1.amazonaws.com/sagemaker-scikit-learn:1.2-1-cpu-py3';
    });
    expect(outcome.status).toBe('pass');
  });

  it('non-compliance: the model still points at an older artifact', async () => {
    const outcome = await run(check, (a) => (a.models[0]!.modelDataUrl = `s3://${BUCKET}/models/taxis-fare-old/output/model.tar.gz`));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toBe(`Model taxis-fare-model uses s3://${BUCKET}/models/taxis-fare-old/output/model.tar.gz, not the artifact of ${JOB}.`);
  });

  it('non-compliance: an XGBoost image', async () => {
    const outcome = await run(check, (a) => (a.models[0]!.image = '683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1'));
    expect(outcome.status).toBe('fail');
  });

  it('non-compliance: no model named like the lesson', async () => {
    const outcome = await run(check, (a) => (a.models = []));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toBe('There is no model named taxis-fare-model (nor taxis-fare-model-…).');
  });
});
