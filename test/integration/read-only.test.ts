import { describe, expect, it } from 'vitest';
import { isReadOnlyOperation } from '../../checker/aws/read-only.ts';
import { useEmulator } from '../support/emulator.ts';
import { runLabSteps } from '../support/lab-steps.ts';
import { runCli } from '../support/run-cli.ts';

const emulator = useEmulator();

interface RecordedRequest { method: string; url: string; headers: Record<string, string>; body: string; body_encoded: boolean }

/** The AWS operation a recorded HTTP request was, for the protocols the checker's services use. */
function describeRequest(r: RecordedRequest): { operation: string; readOnly: boolean } {
  const body = r.body_encoded ? Buffer.from(r.body, 'base64').toString('utf8') : r.body;
  const target = r.headers['X-Amz-Target'] ?? r.headers['x-amz-target'];
  if (target) {
    const operation = target.split('.').pop() ?? target;
    return { operation, readOnly: isReadOnlyOperation(operation) };
  }
  const action = new URLSearchParams(body).get('Action');
  if (r.method === 'POST' && action) return { operation: action, readOnly: isReadOnlyOperation(action) };
  // REST protocols (S3, S3 Control): only GET and HEAD read.
  return { operation: `${r.method} ${r.url}`, readOnly: r.method === 'GET' || r.method === 'HEAD' };
}

async function recorder(action: 'reset-recording' | 'start-recording' | 'stop-recording') {
  const res = await fetch(`${emulator.endpoint}/moto-api/recorder/${action}`, { method: 'POST' });
  expect(res.ok).toBe(true);
}

async function recorded(): Promise<RecordedRequest[]> {
  const text = await (await fetch(`${emulator.endpoint}/moto-api/recorder/download-recording`)).text();
  return text.split('\n').filter(Boolean).map((line) => JSON.parse(line) as RecordedRequest);
}

describe('the checker is read-only', () => {
  it.each([
    ['a finished lab', true],
    ['an unfinished lab (every check fails)', false],
  ])('on %s, the emulator receives only read requests', async (_, finished) => {
    await emulator.reset();
    if (finished) runLabSteps('s3-bucket', emulator.endpoint);
    await recorder('reset-recording');
    await recorder('start-recording');
    const { code } = runCli(['check', '--all', '--endpoint', emulator.endpoint, '--format', 'json']);
    await recorder('stop-recording');

    expect(code).toBe(finished ? 0 : 1);
    const requests = (await recorded()).map(describeRequest);
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((r) => !r.readOnly)).toEqual([]);
  });

  it('a write sent by anyone else shows up in the recording (the test can see writes)', async () => {
    await emulator.reset();
    await recorder('reset-recording');
    await recorder('start-recording');
    runLabSteps('s3-bucket', emulator.endpoint);
    await recorder('stop-recording');
    const writes = (await recorded()).map(describeRequest).filter((r) => !r.readOnly);
    expect(writes.length).toBeGreaterThanOrEqual(8);
  });
});
