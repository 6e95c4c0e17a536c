import { createServer, type Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { probeEndpoint } from '../../../checker/emulator/probe.ts';

/** A real HTTP server on loopback that answers like the endpoint under test. */
let server: Server | undefined;
async function serve(handler: (url: string, method: string, reply: (status: number, body: string) => void) => void): Promise<string> {
  server = createServer((req, res) => handler(req.url ?? '', req.method ?? '', (status, body) => res.writeHead(status).end(body)));
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
}
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

describe('probeEndpoint', () => {
  it('recognises LocalStack by its health endpoint, with its version', async () => {
    const endpoint = await serve((url, _, reply) => (url === '/_localstack/health' ? reply(200, '{"version":"4.14.0","services":{}}') : reply(404, '')));
    expect(await probeEndpoint(endpoint)).toEqual({ up: true, kind: 'localstack', version: '4.14.0' });
  });

  it('recognises moto by its configuration endpoint', async () => {
    const endpoint = await serve((url, _, reply) => (url === '/moto-api/config' ? reply(200, '{"batch":{},"lambda":{"use_docker":false}}') : reply(404, '')));
    expect(await probeEndpoint(endpoint)).toEqual({ up: true, kind: 'moto' });
  });

  it('calls anything that answers an STS query like AWS "aws-compatible"', async () => {
    const endpoint = await serve((_, method, reply) => (method === 'POST' ? reply(403, '<ErrorResponse><Error><Code>InvalidClientTokenId</Code></Error></ErrorResponse>') : reply(404, '')));
    expect(await probeEndpoint(endpoint)).toEqual({ up: true, kind: 'aws-compatible' });
  });

  it('does not mistake another web server for an AWS endpoint', async () => {
    const endpoint = await serve((_, __, reply) => reply(200, '<html>hello</html>'));
    expect((await probeEndpoint(endpoint)).up).toBe(false);
  });

  it('reports a closed port as down', async () => {
    expect(await probeEndpoint('http://127.0.0.1:9', 500)).toEqual({ up: false });
  });
});
