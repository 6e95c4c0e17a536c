import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isNetworkError } from '../aws/errors.ts';
import type { Target } from '../aws/target.ts';
import { isLang, type Lang } from '../core/i18n.ts';
import type { LabDefinition, RunResult } from '../core/types.ts';
import { jsonReporter } from '../reporters/json.ts';
import { runChecks, TargetFailure } from '../run.ts';
import { labs as allLabs } from '../../labs/index.ts';
import { API_MESSAGES } from './messages.ts';

/**
 * The course site's lab bench: a tiny HTTP API that runs the read-only checker for one lab and
 * answers with the same JSON report as `nubelab check --format json`. It binds to the loopback
 * interface only, answers only to loopback Host names (so a DNS-rebinding page cannot reach it)
 * and only to the course's own origins (so no other web page can trigger checks). The target
 * (emulator endpoint or AWS profile) is fixed when the API starts: a page can choose a lab and a
 * language, never where the checker connects.
 */

export const LOOPBACK = '127.0.0.1';
export const DEFAULT_API_PORT = 4322;
export const DEFAULT_SITE_ORIGINS = ['http://localhost:4321', 'http://127.0.0.1:4321'] as const;
/** The only keys a check request may carry. */
const CHECK_FIELDS = new Set(['lab', 'lang']);
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);
const MAX_BODY_BYTES = 4096;

export interface ApiOptions {
  target: Target;
  allowedOrigins: readonly string[];
  labs?: readonly LabDefinition[];
  /** Told each time a checker run really starts (shared runs are told once); tests count them. */
  onRunStart?: (labId: string) => void;
}

export interface RunningApi {
  server: Server;
  url: string;
  close(): Promise<void>;
}

type ErrorCode =
  | 'not_found' | 'method_not_allowed' | 'forbidden_origin' | 'forbidden_host' | 'bad_json' | 'too_large'
  | 'unknown_option' | 'missing_lab' | 'unknown_lab' | 'bad_lang' | 'target_unreachable' | 'target_error';

class ApiError extends Error {
  readonly status: number;
  readonly code: ErrorCode;
  constructor(status: number, code: ErrorCode, message: string) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

/** Normalises an origin (scheme://host[:port]); throws on anything that is not http(s). */
export function parseOrigin(value: string): string {
  const url = new URL(value);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new TypeError(`not http(s): ${value}`);
  return url.origin;
}

/** Error messages follow the request's language: the body's `lang`, else the browser's. */
function requestLang(req: IncomingMessage, bodyLang?: unknown): Lang {
  if (isLang(bodyLang)) return bodyLang;
  return (req.headers['accept-language'] ?? '').toLowerCase().startsWith('en') ? 'en' : 'es';
}

function send(res: ServerResponse, status: number, body: string) {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(body);
}

function sendError(res: ServerResponse, error: ApiError) {
  send(res, error.status, JSON.stringify({ error: { code: error.code, message: error.message } }) + '\n');
}

async function readJsonBody(req: IncomingMessage, lang: Lang): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new ApiError(413, 'too_large', API_MESSAGES[lang].tooLarge);
    chunks.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new ApiError(400, 'bad_json', API_MESSAGES[lang].notJson);
  }
}

/** Validates a check request: a known lab, an optional known language, and nothing else. */
export function parseCheckRequest(body: unknown, fallbackLang: Lang, known: readonly LabDefinition[]): { lab: LabDefinition; lang: Lang } {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new ApiError(400, 'bad_json', API_MESSAGES[fallbackLang].notJson);
  const fields = body as Record<string, unknown>;
  const lang = isLang(fields.lang) ? fields.lang : fallbackLang;
  const m = API_MESSAGES[lang];
  const unknown = Object.keys(fields).filter((key) => !CHECK_FIELDS.has(key));
  if (unknown.length > 0) throw new ApiError(400, 'unknown_option', m.unknownOption(unknown.join(', ')));
  if (fields.lang !== undefined && !isLang(fields.lang)) throw new ApiError(400, 'bad_lang', m.badLang(String(fields.lang)));
  if (fields.lab === undefined) throw new ApiError(400, 'missing_lab', m.noLab);
  const lab = known.find((l) => l.id === fields.lab);
  if (!lab) throw new ApiError(400, 'unknown_lab', m.unknownLab(String(fields.lab), known.map((l) => l.id).join(', ')));
  return { lab, lang };
}

/** The request handler, separate from the socket so its rules are easy to read in one place. */
export function createApiHandler(options: ApiOptions) {
  const known = options.labs ?? allLabs;
  const allowed = new Set(options.allowedOrigins.map(parseOrigin));
  // One checker run per lab at a time: a second click (or a second tab) joins the run under way.
  const running = new Map<string, Promise<RunResult>>();

  function runShared(lab: LabDefinition): Promise<RunResult> {
    let run = running.get(lab.id);
    if (!run) {
      options.onRunStart?.(lab.id);
      run = runChecks({ labs: [lab], target: options.target }).finally(() => running.delete(lab.id));
      running.set(lab.id, run);
    }
    return run;
  }

  function describeFailure(error: unknown, lang: Lang): ApiError {
    const m = API_MESSAGES[lang];
    const { target } = options;
    const where = target.endpoint ?? `AWS (${target.region})`;
    if (isNetworkError(error) || (error instanceof TargetFailure && error.problem === 'unreachable')) {
      return new ApiError(502, 'target_unreachable', target.kind === 'emulator' ? m.unreachableEmulator(where) : m.unreachable(where));
    }
    // The same one sentence the terminal prints: where, what happened, what to do.
    if (error instanceof TargetFailure) return new ApiError(502, 'target_error', error.description[lang]);
    return new ApiError(502, 'target_error', m.unexpected(error instanceof Error ? error.message : String(error)));
  }

  async function check(req: IncomingMessage, res: ServerResponse) {
    const headerLang = requestLang(req);
    const { lab, lang } = parseCheckRequest(await readJsonBody(req, headerLang), headerLang, known);
    let result: RunResult;
    try {
      result = await runShared(lab);
    } catch (error) {
      throw describeFailure(error, lang);
    }
    // Exactly the `check --format json` contract, so the page and the terminal never disagree.
    send(res, 200, jsonReporter(result, { lang, color: false }));
  }

  function listLabs(res: ServerResponse) {
    const { kind, endpoint, region } = options.target;
    const body = {
      target: { kind, endpoint: endpoint ?? null, region },
      labs: known.map((lab) => ({
        id: lab.id,
        title: lab.title,
        lessons: lab.lessons,
        checks: lab.checks.length,
        maxScore: lab.checks.reduce((sum, c) => sum + c.points, 0),
      })),
    };
    send(res, 200, JSON.stringify(body) + '\n');
  }

  /** Host and Origin rules; adds the CORS headers an allowed origin needs. */
  function guard(req: IncomingMessage, res: ServerResponse, lang: Lang) {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    if (!LOOPBACK_HOSTS.has(host)) throw new ApiError(403, 'forbidden_host', API_MESSAGES[lang].forbiddenHost(host));
    const origin = req.headers.origin;
    // No Origin: a terminal tool (curl), not a web page; those are the student's own commands.
    if (origin === undefined) return;
    if (!allowed.has(origin)) throw new ApiError(403, 'forbidden_origin', API_MESSAGES[lang].forbiddenOrigin(origin));
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Vary', 'Origin');
  }

  return async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const lang = requestLang(req);
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    try {
      guard(req, res, lang);
      if (req.method === 'OPTIONS') {
        res.writeHead(204, {
          'Access-Control-Allow-Methods': 'GET, POST',
          'Access-Control-Allow-Headers': 'Content-Type',
          'Access-Control-Max-Age': '600',
          // Chrome's Private Network Access preflight: only ever sent for our own allowed origins here.
          ...(req.headers['access-control-request-private-network'] ? { 'Access-Control-Allow-Private-Network': 'true' } : {}),
        });
        res.end();
        return;
      }
      const route = ROUTES[path];
      if (!route) throw new ApiError(404, 'not_found', API_MESSAGES[lang].notFound(path));
      if (req.method !== route) throw new ApiError(405, 'method_not_allowed', API_MESSAGES[lang].methodNotAllowed(req.method ?? '?', path));
      if (path === '/api/labs') listLabs(res);
      else await check(req, res);
    } catch (error) {
      sendError(res, error instanceof ApiError ? error : new ApiError(500, 'target_error', API_MESSAGES[lang].unexpected(String(error))));
    }
  };
}

const ROUTES: Record<string, 'GET' | 'POST'> = { '/api/labs': 'GET', '/api/check': 'POST' };

/** Starts the API on the loopback interface (never any other), port 0 meaning any free port. */
export function startApi(options: ApiOptions & { port: number }): Promise<RunningApi> {
  const handle = createApiHandler(options);
  const server = createServer((req, res) => void handle(req, res));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, LOOPBACK, () => {
      server.off('error', reject);
      const { port } = server.address() as AddressInfo;
      resolve({
        server,
        url: `http://${LOOPBACK}:${port}`,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
