import { GetServiceLastAccessedDetailsCommand, IAMClient } from '@aws-sdk/client-iam';
import { describe, expect, it } from 'vitest';
import { isNotImplemented } from '../../checker/aws/errors.ts';
import { defineCheck, defineLab } from '../../checker/core/define.ts';
import { runLab } from '../../checker/core/engine.ts';
import type { CheckContext } from '../../checker/core/types.ts';
import { useEmulator } from '../support/emulator.ts';

const emulator = useEmulator();

/** An API the emulator lacks, sent with a plain SDK client (the checker's guard only lets declared reads through). */
async function unimplementedCall(): Promise<never> {
  // Resolving would mean the emulator grew the API; the tests below would then fail and say so.
  const client = new IAMClient({ region: 'us-east-1', endpoint: emulator.endpoint, credentials: { accessKeyId: 'test', secretAccessKey: 'test' }, maxAttempts: 1 });
  try {
    await client.send(new GetServiceLastAccessedDetailsCommand({ JobId: 'job' }));
    throw new Error('the emulator implements GetServiceLastAccessedDetails now: pick another missing API');
  } finally {
    client.destroy();
  }
}

describe('an API the emulator lacks', () => {
  it('moto answers HTTP 500 with an HTML page, which the checker recognises as "not implemented"', async () => {
    const error = await unimplementedCall().catch((e: unknown) => e);
    expect((error as { $metadata: { httpStatusCode: number } }).$metadata.httpStatusCode).toBe(500);
    expect(isNotImplemented(error)).toBe(true);
  });

  it('makes its check not_applicable, worth no points either way, never a fail', async () => {
    const text = (t: string) => ({ es: `${t}.`, en: `${t}.` });
    const lab = defineLab({
      id: 'gap-lab', lessons: ['x'], maxLearnerLength: 30, title: text('t'), summary: text('s'), cliSteps: [],
      checks: [defineCheck({ id: 'iam_gap_probe', points: 2, title: text('probe'), hint: text('hint'), run: unimplementedCall })],
    });
    const result = await runLab(lab, {} as CheckContext);
    expect(result.checks[0]).toMatchObject({ status: 'not_applicable', points: 0, maxPoints: 0, evidence: { httpStatus: 500 } });
    expect([result.score, result.maxScore]).toEqual([0, 0]);
  });

  it('an error the emulator answers in its protocol is not mistaken for a missing API', async () => {
    const client = new IAMClient({ region: 'us-east-1', endpoint: emulator.endpoint, credentials: { accessKeyId: 'test', secretAccessKey: 'test' }, maxAttempts: 1 });
    const { GetRoleCommand } = await import('@aws-sdk/client-iam');
    const error = await client.send(new GetRoleCommand({ RoleName: 'missing' })).catch((e: unknown) => e);
    client.destroy();
    expect(isNotImplemented(error)).toBe(false);
  });
});
