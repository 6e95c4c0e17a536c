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
import { MESSAGES } from '../messages.ts';
import { STATE_TEXT } from './emulator-messages.ts';
import { CliError, EXIT, type CommandContext } from './io.ts';
import { parsePort } from './options.ts';

export async function emulatorCommand(ctx: CommandContext, args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { port: { type: 'string' }, lang: { type: 'string' }, 'no-save': { type: 'boolean' } } });
  const m = MESSAGES[ctx.lang];
  const t = STATE_TEXT[ctx.lang];
  const port = parsePort(ctx, values.port);
  const [action, ...extra] = positionals;
  if (extra.length) throw new CliError(m.badFlag(extra.join(' ')));

  switch (action) {
    case 'start': {
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
      if (s.kind !== 'moto') throw new CliError(m.emulatorResetUnsupported(s.kind ?? 'unknown'));
      await resetEmulator(port);
      ctx.io.stdout(t.reset(s.endpoint) + '\n');
      return EXIT.ok;
    }
    default:
      throw new CliError(m.unknownCommand(`emulator ${action ?? ''}`.trim()));
  }
}
