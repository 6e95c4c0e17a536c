import { describe, expect, it } from 'vitest';
import check from '../../../../labs/ml-endpoint/checks/sagemaker_endpoint_config_instance.ts';
import { run } from './helpers.ts';

describe('sagemaker_endpoint_config_instance', () => {
  it('compliance: one ml.m5.large instance of the model', async () => {
    const outcome = await run(check);
    expect(outcome.status).toBe('pass');
    expect(outcome.message.en).toBe('Configuration taxis-fare-config serves taxis-fare-model on 1 × ml.m5.large.');
  });

  it('compliance: serverless', async () => {
    const outcome = await run(check, (a) => (a.configs[0]!.variants = [{ variantName: 'AllTraffic', modelName: 'taxis-fare-model', serverless: { memorySizeMb: 2048, maxConcurrency: 1 } }]));
    expect(outcome.status).toBe('pass');
  });

  it('non-compliance: a GPU instance', async () => {
    const outcome = await run(check, (a) => (a.configs[0]!.variants![0]!.instanceType = 'ml.p3.2xlarge'));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toBe('Configuration taxis-fare-config asks for 1 × ml.p3.2xlarge; the lesson uses a single ml.t2.medium, ml.m5.large (or serverless).');
  });

  it('non-compliance: two instances', async () => {
    const outcome = await run(check, (a) => (a.configs[0]!.variants![0]!.instanceCount = 2));
    expect(outcome.status).toBe('fail');
  });

  it('non-compliance: it serves another model', async () => {
    const outcome = await run(check, (a) => (a.configs[0]!.variants![0]!.modelName = 'some-other-model'));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toBe('Configuration taxis-fare-config serves model some-other-model, not taxis-fare-model.');
  });

  it('non-compliance: no configuration named like the lesson', async () => {
    const outcome = await run(check, (a) => (a.configs = []));
    expect(outcome.status).toBe('fail');
  });
});
