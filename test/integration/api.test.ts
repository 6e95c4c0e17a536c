import { spawn } from 'node:child_process';
import { request } from 'node:http';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startApi, type RunningApi } from '../../checker/api/server.ts';
import { freePort } from '../../checker/emulator/moto.ts';
import { ROOT } from '../../checker/paths.ts';
import { labs } from '../../labs/index.ts';
import { useEmulator } from '../support/emulator.ts';
import { runLabSteps } from '../support/lab-steps.ts';
import { recordRequests } from '../support/request-recorder.ts';
import { runCli } from '../support/run-cli.ts';

/** The local API behind the site's "check my progress" button, against a real moto server. */

const emulator = useEmulator();
const SITE = 'http://localhost:4321';
const runsStarted: string[] = [];
let api: RunningApi;

beforeAll(async () => {
  api = await startApi({ port: 0, target: emulator.target(), allowedOrigins: [SITE, 'http://127.0.0.1:4321'], onRunStart: (lab) => runsStarted.push(lab) });
});
afterAll(() => api?.close());
beforeEach(() => {
  runsStarted.length = 0;
});

function post(body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${api.url}/api/check`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
}

/** fetch() cannot set Host; this raw request can, as a DNS-rebinding page's request would arrive. */
function getWithHost(host: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`${api.url}/api/labs`, { headers: { Host: host } }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('what the API accepts', () => {
  it('lists every lab of labs/index.ts, in course order, with its points', async () => {
    const res = await fetch(`${api.url}/api/labs`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { labs: { id: string; maxScore: number; lessons: string[] }[]; target: { kind: string; endpoint: string } };
    expect(body.labs.map((l) => l.id)).toEqual(labs.map((l) => l.id));
    expect(body.labs[0]!.maxScore).toBe(labs[0]!.checks.reduce((sum, c) => sum + c.points, 0));
    expect(body.target).toMatchObject({ kind: 'emulator', endpoint: emulator.endpoint });
  });

  it.each([
    ['an unknown lab', { lab: 'no-such-lab', lang: 'en' }, 'unknown_lab', /Unknown lab: "no-such-lab"\. Available: s3-bucket/],
    ['an option the page may not choose (the target)', { lab: 's3-bucket', lang: 'en', target: 'aws' }, 'unknown_option', /Unknown option: target/],
    ['an arbitrary endpoint', { lab: 's3-bucket', lang: 'es', endpoint: 'http://169.254.169.254' }, 'unknown_option', /Opción desconocida: endpoint/],
    ['an unknown language', { lab: 's3-bucket', lang: 'fr' }, 'bad_lang', /Idioma no válido: «fr»/],
    ['no lab', { lang: 'en' }, 'missing_lab', /Missing "lab"/],
    ['a body that is not an object', ['s3-bucket'], 'bad_json', /El cuerpo debe ser JSON/],
    ['a body that is not JSON', 'lab=s3-bucket', 'bad_json', /El cuerpo debe ser JSON/],
  ])('rejects %s with 400 and a clear message, running nothing', async (_, body, code, message) => {
    const res = await post(body);
    expect(res.status).toBe(400);
    const { error } = (await res.json()) as { error: { code: string; message: string } };
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
    expect(runsStarted).toEqual([]);
  });

  it('answers 404 and 405 for other routes and methods', async () => {
    expect((await fetch(`${api.url}/api/other`)).status).toBe(404);
    expect((await fetch(`${api.url}/api/check`)).status).toBe(405);
    expect((await fetch(`${api.url}/api/labs`, { method: 'POST' })).status).toBe(405);
  });
});

describe('who can reach it', () => {
  it('listens on the loopback interface only', async () => {
    expect(api.server.address()).toMatchObject({ address: '127.0.0.1', family: 'IPv4' });
    const { port } = new URL(api.url);
    // Every other address of this machine must refuse the connection.
    const others = Object.values(networkInterfaces()).flat().filter((i) => i && i.family === 'IPv4' && !i.internal).map((i) => i!.address);
    for (const address of others) {
      await expect(fetch(`http://${address}:${port}/api/labs`)).rejects.toThrow();
    }
  });

  it('serves the course site\'s origins with CORS, and refuses any other page before running anything', async () => {
    const preflight = await fetch(`${api.url}/api/check`, { method: 'OPTIONS', headers: { Origin: SITE, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' } });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(SITE);
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/content-type/i);

    const foreign = await post({ lab: 's3-bucket', lang: 'en' }, { Origin: 'https://evil.example' });
    expect(foreign.status).toBe(403);
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
    expect(((await foreign.json()) as { error: { code: string } }).error.code).toBe('forbidden_origin');
    expect(runsStarted).toEqual([]);
  });

  it('refuses a request addressed to a name other than the loopback (DNS rebinding)', async () => {
    const rebound = await getWithHost('attacker.example:4322');
    expect(rebound.status).toBe(403);
    expect(rebound.body).toContain('forbidden_host');
    expect((await getWithHost('localhost:4322')).status).toBe(200);
  });
});

describe('what it runs', () => {
  it('grades a real lab with the same report as check --format json, reading only', async () => {
    await emulator.reset();
    runLabSteps('s3-bucket', emulator.endpoint);
    let response: Response | undefined;
    const requests = await recordRequests(emulator.endpoint, async () => {
      response = await post({ lab: 's3-bucket', lang: 'en' }, { Origin: SITE });
    });
    expect(response!.status).toBe(200);
    expect(response!.headers.get('access-control-allow-origin')).toBe(SITE);
    const report = (await response!.json()) as { lang: string; score: number; maxScore: number; labs: { lab: string; checks: { status: string }[] }[] };
    expect(report.lang).toBe('en');
    expect(report.labs.map((l) => l.lab)).toEqual(['s3-bucket']);
    expect(report.score).toBe(report.maxScore);
    expect(report.labs[0]!.checks.every((c) => c.status === 'pass')).toBe(true);

    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((r) => !r.readOnly)).toEqual([]);

    const cli = runCli(['check', 's3-bucket', '--format', 'json', '--lang', 'en', '--endpoint', emulator.endpoint]);
    expect(JSON.parse(cli.stdout)).toEqual(report);
  });

  it('concurrent checks of one lab share a single run, each answered in its own language', async () => {
    await emulator.reset();
    const [a, b, c] = await Promise.all([
      post({ lab: 's3-bucket', lang: 'es' }),
      post({ lab: 's3-bucket', lang: 'en' }),
      post({ lab: 's3-bucket', lang: 'en' }),
    ]);
    expect(runsStarted).toEqual(['s3-bucket']);
    const [es, en1, en2] = (await Promise.all([a!.json(), b!.json(), c!.json()])) as { lang: string; score: number; labs: { checks: { message: string }[] }[] }[];
    expect([es!.lang, en1!.lang, en2!.lang]).toEqual(['es', 'en', 'en']);
    expect(en1).toEqual(en2);
    expect(es!.score).toBe(0);
    expect(es!.labs[0]!.checks[0]!.message).not.toBe(en1!.labs[0]!.checks[0]!.message);
    // Once finished, the next request runs the checker again: results are never cached.
    await post({ lab: 's3-bucket', lang: 'es' });
    expect(runsStarted).toEqual(['s3-bucket', 's3-bucket']);
  });

  it('says plainly when the emulator does not answer', async () => {
    const closedPort = await freePort();
    const lonely = await startApi({ port: 0, target: { ...emulator.target(), endpoint: `http://localhost:${closedPort}` }, allowedOrigins: [SITE] });
    try {
      const res = await fetch(`${lonely.url}/api/check`, { method: 'POST', body: JSON.stringify({ lab: 'iam-role', lang: 'en' }) });
      expect(res.status).toBe(502);
      const { error } = (await res.json()) as { error: { code: string; message: string } };
      expect(error).toEqual({ code: 'target_unreachable', message: `No emulator is running at http://localhost:${closedPort}. Start it with: npx nubelab emulator start (or npm start).` });
    } finally {
      await lonely.close();
    }
  });
});

describe('nubelab api', () => {
  it('starts on the loopback, prints where, answers, and stops cleanly on SIGTERM', async () => {
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'nubelab.mjs'), 'api', '--port', '0', '--endpoint', emulator.endpoint, '--lang', 'en', '--allow-origin', 'http://localhost:4327'], { cwd: ROOT });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', () => {
        const match = /NubeLab API at (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
        if (match) resolve(match[1]!);
      });
      child.on('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
    });
    expect(out).toContain(`Checking against: ${emulator.endpoint}. Pages allowed: http://localhost:4327.`);
    expect((await fetch(`${url}/api/labs`)).status).toBe(200);
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });

  it('refuses an origin that is not a URL, in the learner\'s language', () => {
    const { code, stderr } = runCli(['api', '--allow-origin', 'localhost', '--lang', 'es']);
    expect(code).toBe(2);
    expect(stderr).toContain('Origen no válido para --allow-origin: «localhost»');
  });
});
