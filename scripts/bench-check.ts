/**
 * Benchmark: how fast `nubelab check` grades each lab, and how many AWS API calls it makes, beside
 * a peer: the way Instruqt- or KodeKloud-style labs grade, a bash script of AWS CLI calls
 * (scripts/bench/peer-<lab>.sh, where one exists).
 *
 * For every lab in labs/index.ts: a private moto on a free port (never 4566), the peer run on the
 * empty account (it must fail, or it checks nothing), the lab's reference deployed (the labs it
 * requires first, learner `student`), the peer run on it (it must pass; this run is its warm-up),
 * one warm-up `nubelab check <lab>`, then N timed runs of each, interleaved: the CLI exactly as a
 * grader spawns it, and the peer script. API calls are counted in-process with `runChecks`'
 * `onOperation`, and cross-checked against what the emulator recorded, to show duplicates. Then
 * the same for `check --all` on an emulator with every lab deployed.
 *
 * Prints figures; asserts nothing about time. Exits 1 only when something could not run: an
 * emulator or a deploy failed, the reference did not pass, or a peer did not tell the empty
 * account from the reference.
 *
 * N defaults to 7: about 2 minutes on 2 cores, most of it the peer's AWS CLI processes. On a busy
 * machine, `--runs 5` keeps it nearer 3 minutes.
 *
 *   npm run bench [-- --runs 5]
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Target } from '../checker/aws/target.ts';
import type { LabDefinition } from '../checker/core/types.ts';
import { deployLab } from '../checker/deploy/index.ts';
import { freePort, installedMotoVersion, removeEmulatorFiles, startEmulator, stopEmulator } from '../checker/emulator/moto.ts';
import { ROOT, VENV_BIN } from '../checker/paths.ts';
import { runChecks } from '../checker/run.ts';
import { findLab, labs } from '../labs/index.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '7' } } });
const RUNS = Number(values.runs);
if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error(`--runs must be a positive integer, not ${values.runs}`);
const LEARNER = 'student';
const REGION = 'us-east-1';
const CREDENTIALS = { accessKeyId: 'test', secretAccessKey: 'test' };
const PEER_DIR = join(ROOT, 'scripts', 'bench');

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const log = (line = '') => console.log(line);

/** What could not run; any entry makes the bench exit 1. */
const problems: string[] = [];

// ---------------------------------------------------------------------------------------------
// Emulator, deploy, processes

const emulatorTarget = (endpoint: string): Target => ({ kind: 'emulator', endpoint, region: REGION, credentials: CREDENTIALS });

/** A freshly started private moto, stopped and its files removed afterwards. */
async function withEmulator<T>(use: (endpoint: string, startMs: number) => Promise<T>): Promise<T> {
  const port = await freePort();
  const t0 = performance.now();
  try {
    const { endpoint } = await startEmulator(port);
    return await use(endpoint, performance.now() - t0);
  } finally {
    await stopEmulator(port, { save: false });
    await removeEmulatorFiles(port);
  }
}

/** Lab ids to deploy for these labs: every lab they require (transitively) first, each once. */
function deployOrder(wanted: readonly LabDefinition[]): string[] {
  const order: string[] = [];
  const visit = (id: string) => {
    if (order.includes(id)) return;
    const lab = findLab(id);
    if (!lab) throw new Error(`unknown required lab ${id}`);
    for (const required of lab.requires ?? []) visit(required);
    order.push(id);
  };
  for (const lab of wanted) visit(lab.id);
  return order;
}

async function deployReference(wanted: readonly LabDefinition[], endpoint: string): Promise<{ ids: string[]; ms: number }> {
  const ids = deployOrder(wanted);
  const t0 = performance.now();
  for (const id of ids) await deployLab(id, { target: emulatorTarget(endpoint), learner: LEARNER });
  return { ids, ms: performance.now() - t0 };
}

interface Timed { ms: number; status: number | null; stdout: string; stderr: string }

function timedSpawn(command: string, args: string[], env: NodeJS.ProcessEnv): Timed {
  const t0 = performance.now();
  const r = spawnSync(command, args, { cwd: ROOT, env, encoding: 'utf8', timeout: 120_000 });
  const ms = performance.now() - t0;
  if (r.error) throw r.error;
  return { ms, status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** `nubelab check`, spawned as the CLI a grader runs. */
const nubelab = (endpoint: string, selection: string[]) =>
  timedSpawn(process.execPath, [join(ROOT, 'bin/nubelab.mjs'), 'check', ...selection, '--endpoint', endpoint, '--format', 'json'], process.env);

/** The project's AWS CLI (v1) pointed at the emulator, with test credentials and no user config. */
const peerEnv = (endpoint: string): NodeJS.ProcessEnv => ({
  PATH: `${VENV_BIN}:${process.env.PATH}`,
  HOME: process.env.HOME,
  LANG: 'C.UTF-8',
  AWS_ENDPOINT_URL: endpoint,
  AWS_ACCESS_KEY_ID: 'test',
  AWS_SECRET_ACCESS_KEY: 'test',
  AWS_REGION: REGION,
  AWS_DEFAULT_REGION: REGION,
  AWS_CONFIG_FILE: '/dev/null',
  AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
});

const peerScript = (labId: string) => {
  const path = join(PEER_DIR, `peer-${labId}.sh`);
  return existsSync(path) ? path : undefined;
};
const peer = (script: string, endpoint: string) => timedSpawn('bash', [script], peerEnv(endpoint));

/** "exit 1: 1 PASS, 1 FAIL, 7 SKIP" from a peer's PASS/FAIL/SKIP lines. */
function peerSummary(r: Timed): string {
  const count = (word: string) => r.stdout.split('\n').filter((l) => l.startsWith(word)).length;
  const parts = ['PASS', 'FAIL', 'SKIP'].map((w) => [w, count(w)] as const).filter(([, n]) => n > 0).map(([w, n]) => `${n} ${w}`);
  return `exit ${r.status}${parts.length ? ` (${parts.join(', ')})` : ''}`;
}

// ---------------------------------------------------------------------------------------------
// Counting API calls: the engine's listener, and what the emulator received (moto's recorder)

interface RecordedRequest { method: string; url: string; headers: Record<string, string>; body: string; body_encoded: boolean }

async function recorder(endpoint: string, action: 'reset-recording' | 'start-recording' | 'stop-recording') {
  const res = await fetch(`${endpoint}/moto-api/recorder/${action}`, { method: 'POST' });
  if (!res.ok) throw new Error(`moto recorder ${action}: HTTP ${res.status}`);
}

/** Runs `work` with moto recording, and returns the requests it received meanwhile. */
async function recording(endpoint: string, work: () => Promise<unknown>): Promise<RecordedRequest[]> {
  await recorder(endpoint, 'reset-recording');
  await recorder(endpoint, 'start-recording');
  try {
    await work();
  } finally {
    await recorder(endpoint, 'stop-recording');
  }
  const text = await (await fetch(`${endpoint}/moto-api/recorder/download-recording`)).text();
  return text.split('\n').filter(Boolean).map((line) => JSON.parse(line) as RecordedRequest);
}

/** One request as a readable, comparable line: the query action and its parameters, or the REST method and path. */
function describeRequest(r: RecordedRequest): string {
  const header = (name: string) => Object.entries(r.headers).find(([k]) => k.toLowerCase() === name)?.[1];
  const body = r.body_encoded ? Buffer.from(r.body, 'base64').toString('utf8') : r.body;
  const target = header('x-amz-target');
  if (target) return `${target} ${body}`;
  const form = new URLSearchParams(body);
  const action = form.get('Action');
  if (r.method === 'POST' && action) {
    form.delete('Action');
    form.delete('Version');
    return `${action} ${decodeURIComponent(form.toString())}`.trim();
  }
  const url = new URL(r.url);
  const range = header('range');
  return `${r.method} ${decodeURIComponent(url.pathname + url.search)}${range ? ` [${range}]` : ''}`;
}

interface CallCount {
  /** service:operation, in the order the engine sent them. */
  operations: string[];
  /** Requests the emulator received (retries included), described. */
  requests: string[];
  distinct: number;
  duplicates: [string, number][];
  score: number;
  maxScore: number;
}

async function countCalls(wanted: readonly LabDefinition[], endpoint: string): Promise<CallCount> {
  const operations: string[] = [];
  let score = 0;
  let maxScore = 0;
  const recorded = await recording(endpoint, async () => {
    const result = await runChecks({ labs: wanted, target: emulatorTarget(endpoint), onOperation: (s, o) => operations.push(`${s}:${o}`) });
    ({ score, maxScore } = result);
  });
  const requests = recorded.map(describeRequest);
  const seen = new Map<string, number>();
  for (const r of requests) seen.set(r, (seen.get(r) ?? 0) + 1);
  return { operations, requests, distinct: seen.size, duplicates: [...seen].filter(([, n]) => n > 1), score, maxScore };
}

/** RUNS in-process runs: the engine and its API calls, without a Node process starting. */
async function inProcess(wanted: readonly LabDefinition[], endpoint: string): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await runChecks({ labs: wanted, target: emulatorTarget(endpoint) });
    times.push(performance.now() - t0);
  }
  return times;
}

const tally = (ops: string[]) => {
  const counts = new Map<string, number>();
  for (const op of ops) counts.set(op, (counts.get(op) ?? 0) + 1);
  return [...counts].map(([op, n]) => (n > 1 ? `${n}× ${op}` : op)).join(', ');
};

// ---------------------------------------------------------------------------------------------
// One lab, and check --all

interface Row {
  name: string;
  checks: number;
  calls: CallCount;
  nubelabMs: number[];
  peerMs?: number[];
  peerCalls?: number;
}

function describeCalls(label: string, calls: CallCount) {
  log(`  ${label}: ${calls.operations.length} API calls by the engine's count, ${calls.requests.length} received by the emulator, ${calls.distinct} distinct`);
  log(`    ${tally(calls.operations)}`);
  if (calls.requests.length !== calls.operations.length) log(`    (the emulator saw ${calls.requests.length - calls.operations.length} more: SDK retries)`);
  for (const [request, n] of calls.duplicates) log(`    DUPLICATE ${n}× ${request}`);
  if (calls.score !== calls.maxScore) problems.push(`${label}: the reference scored ${calls.score}/${calls.maxScore} in-process`);
}

/** Warm-up, then RUNS interleaved timed runs of `nubelab` and (if given) the peer. */
function timeRuns(label: string, endpoint: string, selection: string[], script?: string) {
  const warm = nubelab(endpoint, selection);
  if (warm.status !== 0) {
    problems.push(`${label}: nubelab check exited ${warm.status} on the reference: ${warm.stderr.trim() || warm.stdout.slice(0, 400)}`);
    return undefined;
  }
  const nubelabMs: number[] = [];
  const peerMs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const n = nubelab(endpoint, selection);
    if (n.status !== 0) problems.push(`${label}: nubelab check run ${i + 1} exited ${n.status}`);
    nubelabMs.push(n.ms);
    if (script) {
      const p = peer(script, endpoint);
      if (p.status !== 0) problems.push(`${label}: peer run ${i + 1} ${peerSummary(p)} on the reference`);
      peerMs.push(p.ms);
    }
  }
  const spread = (xs: number[]) => `median ${xs.length ? median(xs).toFixed(0) : '-'} ms (${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)})`;
  log(`  nubelab check ${selection.join(' ')}: ${spread(nubelabMs)}`);
  if (script) log(`  peer ${script.slice(ROOT.length)}: ${spread(peerMs)}`);
  return { nubelabMs, peerMs: script ? peerMs : undefined };
}

async function benchLab(lab: LabDefinition): Promise<Row | undefined> {
  return withEmulator(async (endpoint, startMs) => {
    log(`${lab.id} — private moto at ${endpoint}, started in ${secs(startMs)}`);
    const script = peerScript(lab.id);
    if (script) {
      const empty = peer(script, endpoint);
      log(`  peer on the empty account:   ${peerSummary(empty)}`);
      if (empty.status === 0) problems.push(`${lab.id}: the peer passed on an empty account, so it checks nothing`);
    } else {
      log('  no peer script (scripts/bench/peer-<lab>.sh)');
    }

    const deployed = await deployReference([lab], endpoint);
    log(`  reference deployed (${deployed.ids.join(', ')}, learner ${LEARNER}) in ${secs(deployed.ms)}`);

    let peerCalls: number | undefined;
    if (script) {
      let verified: Timed | undefined;
      const requests = await recording(endpoint, async () => {
        verified = peer(script, endpoint);
      });
      peerCalls = requests.length;
      log(`  peer on the reference:       ${peerSummary(verified!)}, ${peerCalls} API calls (this run is its warm-up)`);
      if (verified!.status !== 0) {
        problems.push(`${lab.id}: the peer failed on the deployed reference:\n${verified!.stdout}${verified!.stderr}`);
        log(verified!.stdout.trimEnd().replace(/^/gm, '    '));
      }
    }

    const calls = await countCalls([lab], endpoint);
    describeCalls(`nubelab check ${lab.id}`, calls);
    log(`  in-process (engine + API calls, no Node start-up): median ${median(await inProcess([lab], endpoint)).toFixed(0)} ms`);
    const timed = timeRuns(lab.id, endpoint, [lab.id], script);
    if (!timed) return undefined;
    return { name: lab.id, checks: lab.checks.length, calls, ...timed, peerCalls };
  });
}

async function benchAll(): Promise<Row | undefined> {
  return withEmulator(async (endpoint, startMs) => {
    log(`check --all — private moto at ${endpoint}, started in ${secs(startMs)}`);
    const deployed = await deployReference(labs, endpoint);
    log(`  reference deployed (${deployed.ids.join(', ')}, learner ${LEARNER}) in ${secs(deployed.ms)}`);
    const calls = await countCalls(labs, endpoint);
    describeCalls('nubelab check --all', calls);
    log(`  in-process (engine + API calls, no Node start-up): median ${median(await inProcess(labs, endpoint)).toFixed(0)} ms`);
    const timed = timeRuns('check --all', endpoint, ['--all']);
    if (!timed) return undefined;
    return { name: 'check --all', checks: labs.reduce((n, l) => n + l.checks.length, 0), calls, ...timed };
  });
}

// ---------------------------------------------------------------------------------------------
// Report

function table(rows: Row[]) {
  const header = ['lab', 'checks', 'API calls (distinct)', 'nubelab median ms', 'peer median ms', 'ratio (peer / nubelab)'];
  const cells = rows.map((r) => {
    const n = median(r.nubelabMs);
    const p = r.peerMs?.length ? median(r.peerMs) : undefined;
    return [
      r.name,
      String(r.checks),
      `${r.calls.operations.length} (${r.calls.distinct})`,
      n.toFixed(0),
      p === undefined ? '—' : p.toFixed(0),
      p === undefined ? '—' : `${(p / n).toFixed(1)}×`,
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => c.map((v, i) => (i === 0 ? v.padEnd(widths[i]!) : v.padStart(widths[i]!))).join(' | ');
  log(line(header));
  log(widths.map((w, i) => (i === 0 ? '-'.repeat(w) : `${'-'.repeat(w - 1)}:`)).join(' | '));
  for (const c of cells) log(line(c));
}

const awsVersion = spawnSync(join(VENV_BIN, 'aws'), ['--version'], { encoding: 'utf8' });
const started = performance.now();
log(`nubelab check vs a peer grader (bash + AWS CLI), on a private moto per lab`);
log(`machine: ${cpus().length} CPUs (${cpus()[0]?.model.trim() ?? 'unknown'}), load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
log(`Node ${process.version}, moto ${installedMotoVersion() ?? '?'}, ${(awsVersion.stdout || awsVersion.stderr).trim().split(' ').slice(0, 1).join(' ')}`);
log(`N = ${RUNS} timed runs each after 1 warm-up, nubelab and peer interleaved; times are the wall time of one whole process`);
log();

const rows: Row[] = [];
try {
  for (const lab of labs) {
    const row = await benchLab(lab);
    if (row) rows.push(row);
    log();
  }
  const all = await benchAll();
  log();
  if (rows.length) table(rows);
  if (all) {
    log(
      `check --all (${labs.map((l) => l.id).join(' + ')}): ${all.checks} checks, ${all.calls.operations.length} API calls (${all.calls.distinct} distinct), ` +
        `nubelab median ${median(all.nubelabMs).toFixed(0)} ms`,
    );
  }
  const peered = rows.filter((r) => r.peerCalls !== undefined);
  if (peered.length) log(`peer API calls per run: ${peered.map((r) => `${r.name} ${r.peerCalls}`).join(', ')} (each a new aws process)`);
  log(`load average at the end ${loadavg().map((l) => l.toFixed(1)).join(' ')}; bench took ${secs(performance.now() - started)}`);
} catch (error) {
  problems.push(`the bench stopped: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
}

if (problems.length) {
  console.error(`\nCould not run everything (${problems.length}):`);
  for (const p of problems) console.error(`  - ${p}`);
  process.exitCode = 1;
}
