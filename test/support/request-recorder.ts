import { isReadOnlyOperation } from '../../checker/aws/read-only.ts';

/**
 * moto's request recorder, seen from a test: every HTTP request the emulator received while
 * recording, classified as a read or a write (the read-only test and the API test both use it).
 */
interface RecordedRequest { method: string; url: string; headers: Record<string, string>; body: string; body_encoded: boolean }

export interface ClassifiedRequest { operation: string; readOnly: boolean }

function classify(r: RecordedRequest): ClassifiedRequest {
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

async function control(endpoint: string, action: 'reset-recording' | 'start-recording' | 'stop-recording') {
  const res = await fetch(`${endpoint}/moto-api/recorder/${action}`, { method: 'POST' });
  if (!res.ok) throw new Error(`moto recorder ${action}: HTTP ${res.status}`);
}

/** Records what the emulator receives while `action` runs. */
export async function recordRequests(endpoint: string, action: () => Promise<unknown>): Promise<ClassifiedRequest[]> {
  await control(endpoint, 'reset-recording');
  await control(endpoint, 'start-recording');
  try {
    await action();
  } finally {
    await control(endpoint, 'stop-recording');
  }
  const text = await (await fetch(`${endpoint}/moto-api/recorder/download-recording`)).text();
  return text.split('\n').filter(Boolean).map((line) => classify(JSON.parse(line) as RecordedRequest));
}
