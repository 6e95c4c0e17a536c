import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { beforeAll, describe, expect, it } from 'vitest';
import { labs } from '../../labs/index.ts';
import { useEmulator } from '../support/emulator.ts';
import { runLabSteps } from '../support/lab-steps.ts';
import { runCli } from '../support/run-cli.ts';

const emulator = useEmulator();

describe('nubelab check, as a learner runs it', () => {
  it('exits 1 on an empty account and explains each failure in Spanish by default', async () => {
    await emulator.reset();
    const { code, stdout } = runCli(['check', 's3-bucket', '--endpoint', emulator.endpoint]);
    expect(code).toBe(1);
    expect(stdout).toContain('✗ Existe el bucket');
    expect(stdout).toContain('Pista:');
    expect(stdout).toContain('Puntuación: 0/8');
  });

  describe('once the lab is done', () => {
    beforeAll(async () => {
      await emulator.reset();
      runLabSteps('s3-bucket', emulator.endpoint);
    });

    it('exits 0 with eight ✓ lines in English', () => {
      const { code, stdout } = runCli(['check', 's3-bucket', '--endpoint', emulator.endpoint, '--lang', 'en']);
      expect(code).toBe(0);
      expect(stdout.match(/✓/g)).toHaveLength(8);
      expect(stdout).toContain('Score: 8/8');
    });

    it('honours AWS_ENDPOINT_URL and prints the JSON contract', () => {
      const { code, stdout } = runCli(['check', 's3-bucket', '--format', 'json'], { AWS_ENDPOINT_URL: emulator.endpoint });
      expect(code).toBe(0);
      const report = JSON.parse(stdout);
      expect(report).toMatchObject({ target: 'emulator', endpoint: emulator.endpoint, score: 8, maxScore: 8 });
      expect(report.labs[0].checks).toHaveLength(8);
      expect(report.labs[0].checks[0]).toMatchObject({ id: 's3_bucket_exists', status: 'pass', points: 1 });
    });

    it('grades the lab region it is given', () => {
      const { code, stdout } = runCli(['check', 's3-bucket', '--endpoint', emulator.endpoint, '--region', 'eu-west-1', '--format', 'json']);
      expect(code).toBe(1);
      expect(JSON.parse(stdout).score).toBe(0);
    });
  });
});

describe('nubelab deploy, for a lab that builds on another', () => {
  it('deploys the required lab first, and destroy leaves it in place, saying so', async () => {
    await emulator.reset();
    const deployed = runCli(['deploy', 'iam-role', '--endpoint', emulator.endpoint, '--lang', 'en']);
    expect(deployed.code, deployed.stderr).toBe(0);
    expect(deployed.stderr).toContain('iam-role builds on s3-bucket: deploying it first');
    expect(deployed.stderr.indexOf('created AWS::S3::Bucket')).toBeLessThan(deployed.stderr.indexOf('created AWS::IAM::Role'));
    expect(runCli(['check', 'iam-role', '--endpoint', emulator.endpoint]).code).toBe(0);

    const destroyed = runCli(['destroy', 'iam-role', '--endpoint', emulator.endpoint, '--lang', 'en']);
    expect(destroyed.code).toBe(0);
    expect(destroyed.stderr).toContain('s3-bucket stays: iam-role built on it.');
    expect(runCli(['check', 's3-bucket', '--endpoint', emulator.endpoint]).code).toBe(0);
  });

  it('a check skipped for an unmet prerequisite prints one line, not a second hint', async () => {
    await emulator.reset();
    const { stdout } = runCli(['check', 'iam-role', '--endpoint', emulator.endpoint, '--lang', 'en']);
    expect(stdout).toContain('      Skipped: needs iam_role_exists.\n');
    const dependents = labs.find((l) => l.id === 'iam-role')!.checks.filter((c) => c.needs?.includes('iam_role_exists'));
    expect(stdout.match(/Skipped: needs iam_role_exists\./g)).toHaveLength(dependents.length);
    expect(stdout.match(/Hint:/g)).toHaveLength(1);
  });
});

describe('nubelab labs', () => {
  it('lists every lab in course order, with its checks, what it builds on and its summary, in the chosen language', () => {
    const { code, stdout } = runCli(['labs', '--lang', 'en']);
    expect(code).toBe(0);
    const ids = [...stdout.matchAll(/^  ([a-z0-9-]+) /gm)].map((m) => m[1]);
    expect(ids).toEqual(labs.map((l) => l.id));
    expect(stdout).toContain('The instance role de-s3access (5)  ← s3-bucket');
    expect(stdout).toContain(labs[0]!.summary.en);
    expect(runCli(['labs']).stdout).toContain(labs[0]!.summary.es);
  });
});

describe('nubelab check, when it cannot run', () => {
  it.each([
    [['check', 'no-such-lab'], /Unknown lab: no-such-lab\. Available: s3-bucket, .*iam-role/],
    [['check'], /Name at least one lab, or --all\./],
    [['check', 's3-bucket', '--bogus'], /Unknown option: --bogus\./],
    [['check', 's3-bucket', '--format', 'xml'], /Invalid value for --format: "xml"/],
    [['check', 's3-bucket', '--target', 'mars'], /Invalid value for --target: "mars"/],
    [['check', 's3-bucket', '--endpoint', 'not a url'], /Invalid value for --endpoint/],
    [['check', 's3-bucket', '--endpoint', 'http://127.0.0.1:9'], /Nothing answers at http:\/\/127\.0\.0\.1:9: the emulator is not running or has stopped\. Start it with nubelab emulator start and check again\./],
    [['frobnicate'], /Unknown command: frobnicate\./],
  ])('%j exits 2 with one line and no stack trace', (args, expected) => {
    const { code, stdout, stderr } = runCli([...args, '--lang', 'en']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(expected);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('says it in Spanish too', () => {
    const { code, stderr } = runCli(['check', 'nada']);
    expect(code).toBe(2);
    expect(stderr).toContain('Laboratorio desconocido: nada.');
  });
});

describe('nubelab emulator', () => {
  it('status reports the running moto, its version and who manages it', () => {
    const { code, stdout } = runCli(['emulator', 'status', '--port', String(emulator.port), '--lang', 'en']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/state:\s+up/);
    expect(stdout).toMatch(/kind:\s+moto/);
    expect(stdout).toMatch(/version:\s+5\.2\.5/);
  });

  it('start is idempotent: a second start reuses what answers on the port', () => {
    const { code, stdout } = runCli(['emulator', 'start', '--port', String(emulator.port), '--lang', 'en']);
    expect(code).toBe(0);
    expect(stdout).toContain(`already answers at ${emulator.endpoint} (moto 5.2.5)`);
  });

  it('reset empties it', async () => {
    runLabSteps('s3-bucket', emulator.endpoint);
    expect(runCli(['emulator', 'reset', '--port', String(emulator.port)]).code).toBe(0);
    const { stdout } = runCli(['check', 's3-bucket', '--endpoint', emulator.endpoint, '--format', 'json']);
    expect(JSON.parse(stdout).score).toBe(0);
  });

  it('start on a port held by a non-AWS server exits 2 and says so, starting nothing', async () => {
    const server = createServer((_, res) => res.end('<html>not aws</html>'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    try {
      const { code, stderr } = runCli(['emulator', 'start', '--port', String(port), '--lang', 'en']);
      expect(code).toBe(2);
      expect(stderr).toContain(`Port ${port} is taken by something that is not an AWS endpoint`);
      expect(runCli(['emulator', 'status', '--port', String(port)]).stdout).toMatch(/gestionado por NubeLab: no/);
    } finally {
      server.close();
    }
  });

  it('status of a port where nothing runs exits 1 and says down', () => {
    const { code, stdout } = runCli(['emulator', 'status', '--port', '9', '--lang', 'en']);
    expect(code).toBe(1);
    expect(stdout).toMatch(/state:\s+down/);
  });
});
