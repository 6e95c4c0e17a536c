export type EndpointKind = 'moto' | 'localstack' | 'ministack' | 'aws-compatible';

export interface ProbeResult {
  up: boolean;
  kind?: EndpointKind;
  version?: string;
}

async function get(url: string, timeoutMs: number): Promise<Response | undefined> {
  try {
    return await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
  } catch {
    return undefined;
  }
}

/** Tells what answers at an endpoint: moto, LocalStack, MiniStack, another AWS-compatible API, or nothing. */
export async function probeEndpoint(endpoint: string, timeoutMs = 1_500): Promise<ProbeResult> {
  const base = endpoint.replace(/\/+$/, '');
  // MiniStack also answers LocalStack's health path, so its own path is asked first.
  const ministack = await get(`${base}/_ministack/health`, timeoutMs);
  if (ministack?.ok) {
    const body = (await ministack.json().catch(() => ({}))) as { version?: string; services?: unknown };
    if (body.services) return { up: true, kind: 'ministack', ...(body.version ? { version: body.version } : {}) };
  }
  const localstack = await get(`${base}/_localstack/health`, timeoutMs);
  if (localstack?.ok) {
    // Any web server may answer 200 here; LocalStack answers JSON that lists its services.
    const body = (await localstack.json().catch(() => ({}))) as { version?: string; services?: unknown };
    if (body.services) return { up: true, kind: 'localstack', version: body.version };
  }
  // moto's config endpoint is cheap (its data.json dumps every resource, seconds on a full server).
  const moto = await get(`${base}/moto-api/config`, timeoutMs);
  if (moto?.ok) {
    const body = (await moto.json().catch(() => ({}))) as Record<string, unknown>;
    if ('lambda' in body) return { up: true, kind: 'moto' };
  }
  // Any endpoint that answers an STS query with AWS-style XML counts as AWS-compatible.
  try {
    const res = await fetch(base, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'Action=GetCallerIdentity&Version=2011-06-15',
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await res.text();
    if (/GetCallerIdentity|ErrorResponse|<Error>/.test(text)) return { up: true, kind: 'aws-compatible' };
    return { up: false };
  } catch {
    return { up: false };
  }
}
