import { describe, expect, it } from 'vitest';
import check from '../../../../labs/athena-queries/checks/athena_results_encrypted.ts';
import { run } from './helpers.ts';

describe('athena_results_encrypted', () => {
  it("compliance: the lesson's SSE_S3", async () => {
    const outcome = await run(check);
    expect(outcome.status).toBe('pass');
    expect(outcome.message.en).toBe('Workgroup taxis encrypts results with SSE_S3.');
  });

  it('compliance: SSE_KMS with a key, shown in the evidence', async () => {
    const key = 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab';
    const outcome = await run(check, (a) => (a.workGroup.encryption = { option: 'SSE_KMS', kmsKey: key }));
    expect(outcome.status).toBe('pass');
    expect(outcome.evidence).toMatchObject({ encryptionOption: 'SSE_KMS', kmsKey: key });
  });

  it('non-compliance: no encryption configured', async () => {
    const outcome = await run(check, (a) => delete a.workGroup.encryption);
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toBe('Workgroup taxis sets no encryption for results.');
    expect(outcome.message.es).toBe('El grupo de trabajo taxis no fija cifrado para los resultados.');
  });
});
