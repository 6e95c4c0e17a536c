import { describe, expect, it } from 'vitest';
import check from '../../../../labs/ml-endpoint/checks/sagemaker_model_artifact_stored.ts';
import { ARTIFACT, ARTIFACT_KEY, run } from './helpers.ts';

describe('sagemaker_model_artifact_stored', () => {
  it("compliance: the job's model.tar.gz exists (HeadObject)", async () => {
    const outcome = await run(check);
    expect(outcome.status).toBe('pass');
    expect(outcome.evidence).toMatchObject({ resource: ARTIFACT, size: 11 });
  });

  it('non-compliance: the artifact was deleted', async () => {
    const outcome = await run(check, (a) => delete a.bucket.objects![ARTIFACT_KEY]);
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toBe(`${ARTIFACT} does not exist.`);
  });

  it('non-compliance: an empty artifact', async () => {
    const outcome = await run(check, (a) => (a.bucket.objects![ARTIFACT_KEY] = ''));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toBe(`${ARTIFACT} is empty.`);
  });
});
