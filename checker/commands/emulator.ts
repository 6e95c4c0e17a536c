import { parseArgs } from 'node:util';
import {
  EmulatorSaveError,
  EmulatorStartError,
  deleteSavedState,
  emulatorStatus,
  logFile,
  resetEmulator,
  startEmulator,
  stateFile,
  stopEmulator,
} from '../emulator/moto.ts';
import { EngineSetupError } from '../emulator/engine-install.ts';
import { resetInstalledEngine, startInstalledEngine } from '../emulator/engine-process.ts';
import { ENGINE_NAMES, ENGINE_SPECS, venvDir, type EngineName, type InstalledEngine } from '../emulator/engines.ts';
import { MESSAGES } from '../messages.ts';
import { ENGINE_TEXT, STATE_TEXT } from './emulator-messages.ts';
import { CliError, EXIT, type CommandContext } from './io.ts';
import { oneOf, parsePort } from './options.ts';

/** `start --engine localstack|ministack`: install on first use, start, or reuse what answers on the port. */
async function startOtherEngine(ctx: CommandContext, engine: InstalledEngine, port: number): Promise<number> {
  const t = ENGINE_TEXT[ctx.lang];
  const spec = ENGINE_SPECS[engine];
  let dots = false;
  let reused = false;
  try {
    const status = await startInstalledEngine(engine, port, (event) => {
      if (event === 'reused') reused = true;
      if (event === 'installing') ctx.io.stderr(t.installing(spec.label, spec.version, venvDir(engine)) + '\n');
      if (event === 'starting') ctx.io.stderr(t.starting(spec.label, port));
      if (event === 'waiting') {
        dots = true;
        ctx.io.stderr('.');
      }
    });
    if (!reused) ctx.io.stderr('\n');
    if (reused) {
      const found = `${status.kind}${status.version ? ` ${status.version}` : ''}`;
      if (status.kind !== engine) ctx.io.stderr(t.otherEngine(spec.label, found) + '\n');
      ctx.io.stdout(MESSAGES[ctx.lang].emulatorReused(status.endpoint, found) + '\n');
    } else {
      ctx.io.stdout(t.ready(spec.label, status.endpoint, status.version ?? spec.version) + '\n');
    }
    return EXIT.ok;
  } catch (error) {
    if (dots) ctx.io.stderr('\n');
    if (error instanceof EngineSetupError) {
      const python = spec.python.map(([a, b]) => `${a}.${b}`).join(' / ');
      throw new CliError(error.reason === 'no-python' ? t.noPython(spec.label, spec.version, python) : t.installFailed(spec.label, error.message));
    }
    if (error instanceof EmulatorStartError) {
      throw new CliError(error.reason === 'port-in-use' ? MESSAGES[ctx.lang].emulatorPortInUse(port) : MESSAGES[ctx.lang].emulatorStartFailed(logFile(port)));
    }
    throw error;
  }
}

export async function emulatorCommand(ctx: CommandContext, args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { port: { type: 'string' }, engine: { type: 'string' }, lang: { type: 'string' }, 'no-save': { type: 'boolean' } } });
  const m = MESSAGES[ctx.lang];
  const t = STATE_TEXT[ctx.lang];
  const port = parsePort(ctx, values.port);
  const engine = oneOf<EngineName>(ctx, 'engine', values.engine, ENGINE_NAMES) ?? 'moto';
  const [action, ...extra] = positionals;
  if (extra.length) throw new CliError(m.badFlag(extra.join(' '), ctx.cli));

  switch (action) {
    case 'start': {
      if (engine !== 'moto') return startOtherEngine(ctx, engine, port);
      let started = false;
      let reused = false;
      try {
        const status = await startEmulator(port, (event) => {
          if (event === 'starting') {
            started = true;
            ctx.io.stderr(m.emulatorStarting(port));
          }
          if (event === 'waiting') ctx.io.stderr('.');
          if (event === 'reused') reused = true;
        });
        if (started) ctx.io.stderr('\n');
        ctx.io.stdout(
          !reused
            ? m.emulatorReady(status.endpoint, status.version ?? m.unknownVersion) + '\n'
            : m.emulatorReused(status.endpoint, `${status.kind}${status.version ? ` ${status.version}` : ''}`) + '\n',
        );
        if (status.restore) ctx.io.stdout(t.restore(status.restore) + '\n');
        return EXIT.ok;
      } catch (error) {
        if (started) ctx.io.stderr('\n');
        if (error instanceof EmulatorStartError) {
          const text = {
            'port-in-use': m.emulatorPortInUse(port),
            'not-installed': m.emulatorNotInstalled,
            'exited': m.emulatorStartFailed(logFile(port)),
            'timeout': m.emulatorStartFailed(logFile(port)),
          }[error.reason];
          throw new CliError(text);
        }
        throw error;
      }
    }
    case 'stop': {
      const save = !values['no-save'];
      try {
        const result = await stopEmulator(port, { save });
        if (!result.stopped) {
          ctx.io.stdout(m.emulatorNotOurs(port) + '\n');
          return EXIT.ok;
        }
        if (result.engine && result.engine !== 'moto') {
          ctx.io.stdout(ENGINE_TEXT[ctx.lang].stopped(port) + '\n');
          return EXIT.ok;
        }
        ctx.io.stdout(m.emulatorStopped(port) + '\n' + (result.saved ? t.saved(result.saved) : t.notSaved) + '\n');
        return EXIT.ok;
      } catch (error) {
        if (error instanceof EmulatorSaveError) throw new CliError(t.saveFailed(error.message));
        throw error;
      }
    }
    case 'status': {
      const s = await emulatorStatus(port);
      ctx.io.stdout(m.statusLine(s.endpoint, s.up ? m.statusUp : m.statusDown, s.kind ?? '—', s.version ?? m.unknownVersion, s.managed) + '\n');
      return s.up ? EXIT.ok : EXIT.failed;
    }
    case 'reset': {
      const s = await emulatorStatus(port);
      if (!s.up) {
        // Stopped, its saved work would come back on the next start: deleting the file is the reset.
        if (await deleteSavedState(port)) {
          ctx.io.stdout(t.resetOffline(stateFile(port)) + '\n');
          return EXIT.ok;
        }
        throw new CliError(m.emulatorDown(s.endpoint));
      }
      if (s.kind === 'localstack' || s.kind === 'ministack') {
        // A LocalStack NubeLab did not start (a grader's Docker image) cannot be restarted from here.
        if (s.engine !== s.kind && s.kind === 'localstack') throw new CliError(ENGINE_TEXT[ctx.lang].resetNotOurs(s.kind, port));
        await resetInstalledEngine(s.kind, port);
        ctx.io.stdout(ENGINE_TEXT[ctx.lang].reset(ENGINE_SPECS[s.kind].label, s.endpoint) + '\n');
        return EXIT.ok;
      }
      if (s.kind !== 'moto') throw new CliError(m.emulatorResetUnsupported(s.kind ?? 'unknown'));
      await resetEmulator(port);
      ctx.io.stdout(t.reset(s.endpoint) + '\n');
      return EXIT.ok;
    }
    default:
      throw new CliError(m.unknownCommand(`emulator ${action ?? ''}`.trim(), ctx.cli));
  }
}
