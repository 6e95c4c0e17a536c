import { describe, expect, it } from 'vitest';
import check from '../../../../labs/ml-endpoint/checks/sagemaker_endpoint_in_service.ts';
import { run } from './helpers.ts';

describe('sagemaker_endpoint_in_service', () => {
  it('compliance: InService with the graded configuration', async () => {
    const outcome = await run(check);
    expect(outcome.status).toBe('pass');
    expect(outcome.evidence).toMatchObject({ status: 'InService', configName: 'taxis-fare-config' });
  });

  it('non-compliance: Failed, with the reason', async () => {
    const outcome = await run(check, (a) => {
      a.endpoints[0]!.status = 'Failed';
      a.endpoints[0]!.failureReason = 'The primary container for production variant AllTraffic did not pass the ping health check';
    });
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toBe('Endpoint taxis-fare-endpoint is Failed, not InService. The primary container for production variant AllTraffic did not pass the ping health check.');
  });

  it('non-compliance: still Creating', async () => {
    expect((await run(check, (a) => (a.endpoints[0]!.status = 'Creating'))).status).toBe('fail');
  });

  it('non-compliance: another configuration', async () => {
    const outcome = await run(check, (a) => (a.endpoints[0]!.configName = 'old-config'));
    expect(outcome.status).toBe('fail');
  });

  it('non-compliance: no endpoint', async () => {
    const outcome = await run(check, (a) => (a.endpoints = []));
    expect(outcome.status).toBe('fail');
    expect(outcome.evidence.endpointsSeen).toEqual([]);
  });
});
