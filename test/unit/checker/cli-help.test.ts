import { describe, expect, it } from 'vitest';
import { main } from '../../../checker/cli.ts';
import { invocationName } from '../../../checker/commands/invocation.ts';
import { plural } from '../../../checker/core/plural.ts';
import { HELP_TOPICS } from '../../../checker/help.ts';

/** Runs the CLI in-process with captured output (help never touches an account). */
async function run(argv: string[], env: NodeJS.ProcessEnv = {}) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env, color: false });
  return { code, stdout, stderr };
}

describe('per-command help', () => {
  it.each(HELP_TOPICS)('%s --help prints its own text with examples, in both languages', async (topic) => {
    const en = await run([topic, '--help', '--lang', 'en']);
    const es = await run([topic, '--help', '--lang', 'es']);
    expect([en.code, es.code]).toEqual([0, 0]);
    expect(en.stdout.startsWith(`nubelab ${topic}`)).toBe(true);
    expect(en.stdout).toMatch(/Examples?:\n {2}nubelab /);
    expect(es.stdout).toMatch(/Ejemplos?:\n {2}nubelab /);
    expect(en.stdout).not.toBe((await run(['--help', '--lang', 'en'])).stdout);
  });

  it('emulator subcommands share the emulator help; help <command> works too', async () => {
    const emulator = (await run(['emulator', 'start', '--help', '--lang', 'en'])).stdout;
    expect(emulator).toContain('reset    Empties it: the one way to erase your work');
    expect((await run(['help', 'check', '--lang', 'en'])).stdout).toContain('--exclude-reference');
  });

  it.each([
    ['check', ['--account', '--resource', '--exclude-reference']],
    ['deploy', ['--account', '--learner']],
    ['emulator', ['--engine', '--port']],
  ] as const)('%s --help lists the options the command accepts', async (topic, options) => {
    for (const lang of ['en', 'es']) {
      const { stdout } = await run([topic, '--help', '--lang', lang]);
      for (const option of options) expect(stdout, `${topic} (${lang})`).toContain(option);
    }
  });

  it('an unknown command in help is an error that points at the general help', async () => {
    const { code, stderr } = await run(['help', 'frobnicate', '--lang', 'en']);
    expect(code).toBe(2);
    expect(stderr).toBe('nubelab: Unknown command: frobnicate. See nubelab --help.\n');
  });
});

describe('how the learner started the CLI', () => {
  it('through npm or npx the messages say npx nubelab; otherwise nubelab', async () => {
    expect(invocationName({ npm_execpath: '/usr/lib/node_modules/npm/bin/npm-cli.js' })).toBe('npx nubelab');
    expect(invocationName({ npm_config_user_agent: 'npm/10.9.2 node/v22.12.0 linux x64' })).toBe('npx nubelab');
    expect(invocationName({ _: '/usr/bin/npx' })).toBe('npx nubelab');
    expect(invocationName({ _: '/usr/local/bin/nubelab' })).toBe('nubelab');
    expect(invocationName({})).toBe('nubelab');
    const { stdout } = await run(['check', '--help', '--lang', 'en'], { npm_config_user_agent: 'npm/10' });
    expect(stdout).toContain('  npx nubelab check s3-bucket\n');
    expect((await run(['frobnicate', '--lang', 'es'], { npm_execpath: 'npm' })).stderr).toContain('Usa npx nubelab --help.');
  });
});

describe('plurals', () => {
  it('pick the form with Intl.PluralRules in each language', () => {
    const forms = { es: { one: 'recurso', other: 'recursos' }, en: { one: 'resource', other: 'resources' } };
    expect([0, 1, 2].map((n) => plural('en', n, forms.en))).toEqual(['0 resources', '1 resource', '2 resources']);
    expect([0, 1, 2].map((n) => plural('es', n, forms.es))).toEqual(['0 recursos', '1 recurso', '2 recursos']);
  });
});
