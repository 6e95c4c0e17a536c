import { CloudFormationClient, DescribeStacksCommand } from '@aws-sdk/client-cloudformation';
import { HeadObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientConfig, type Target } from '../../checker/aws/target.ts';
import { deployLab, destroyLab, type DeployEvent } from '../../checker/deploy/index.ts';
import { useEmulator } from '../support/emulator.ts';

/**
 * The `--target aws` path for real: the pinned CDK CLI bootstraps and deploys into moto's own
 * CloudFormation (pointed there with AWS_ENDPOINT_URL). moto's CloudFormation drops most bucket
 * properties, so only stack completion, the outputs and the seeded object are asserted here;
 * the settings themselves are asserted on the emulator path.
 */
const emulator = useEmulator();
let target: Target;
let cfn: CloudFormationClient;
let s3: S3Client;
beforeAll(() => {
  target = { kind: 'aws', endpoint: emulator.endpoint, region: 'us-east-1', credentials: { accessKeyId: 'test', secretAccessKey: 'test' } };
  cfn = new CloudFormationClient(clientConfig(target));
  s3 = new S3Client({ ...clientConfig(target), forcePathStyle: true });
});
afterAll(() => {
  cfn?.destroy();
  s3?.destroy();
});

const STACK = 'NubeLab-s3-bucket-ana';

async function stackStatus(name: string): Promise<string> {
  try {
    const out = await cfn.send(new DescribeStacksCommand({ StackName: name }));
    return out.Stacks?.[0]?.StackStatus ?? 'MISSING';
  } catch (error) {
    if ((error as Error).name === 'ValidationError') return 'MISSING';
    throw error;
  }
}

describe('deployLab / destroyLab with --target aws (CDK CLI against moto CloudFormation)', () => {
  it('bootstraps, deploys the stack, seeds the data', async () => {
    const events: DeployEvent[] = [];
    const started = Date.now();
    const result = await deployLab('s3-bucket', { target, learner: 'ana', onProgress: (e) => events.push(e) });
    console.info(`[timing] aws-target deploy with bootstrap: ${Date.now() - started} ms`);

    expect(events).toContainEqual({ kind: 'bootstrapping', account: '123456789012', region: 'us-east-1' });
    const commands = events.flatMap((e) => (e.kind === 'toolkit-command' ? [e.args[0]] : []));
    expect(commands).toEqual(['bootstrap', 'deploy']);
    expect(events.some((e) => e.kind === 'toolkit-output' && e.line.includes(STACK))).toBe(true);

    expect(await stackStatus('CDKToolkit')).toBe('CREATE_COMPLETE');
    expect(await stackStatus(STACK)).toBe('CREATE_COMPLETE');
    expect(result.outputs).toEqual({ BucketName: 'taxis-datalake-ana-123456789012' });
    expect(result.resources).toContainEqual({ logicalId: expect.stringMatching(/^DataLakeBucket/), type: 'AWS::S3::Bucket', physicalId: 'taxis-datalake-ana-123456789012' });
    await expect(s3.send(new HeadObjectCommand({ Bucket: 'taxis-datalake-ana-123456789012', Key: 'raw/taxi-sample.csv' }))).resolves.toBeDefined();
  });

  it('does not bootstrap twice', async () => {
    const events: DeployEvent[] = [];
    const started = Date.now();
    await deployLab('s3-bucket', { target, learner: 'ana', onProgress: (e) => events.push(e) });
    console.info(`[timing] aws-target re-deploy: ${Date.now() - started} ms`);
    expect(events.flatMap((e) => (e.kind === 'toolkit-command' ? [e.args[0]] : []))).toEqual(['deploy']);
  });

  it('empties the bucket and destroys the stack', async () => {
    const events: DeployEvent[] = [];
    const started = Date.now();
    const result = await destroyLab('s3-bucket', { target, learner: 'ana', onProgress: (e) => events.push(e) });
    console.info(`[timing] aws-target destroy: ${Date.now() - started} ms`);

    // Two uploads of the sample: two versions on AWS; one object on moto, whose CloudFormation
    // ignores VersioningConfiguration.
    expect(events).toContainEqual({ kind: 'bucket-emptied', bucket: 'taxis-datalake-ana-123456789012', deletedCount: expect.any(Number) });
    expect(events.flatMap((e) => (e.kind === 'toolkit-command' ? [e.args[0]] : []))).toEqual(['destroy']);
    expect(['MISSING', 'DELETE_COMPLETE']).toContain(await stackStatus(STACK));
    expect(result.nothingToDestroy).toBe(false);
  });

  it('reports nothing to destroy the second time', async () => {
    const events: DeployEvent[] = [];
    const result = await destroyLab('s3-bucket', { target, learner: 'ana', onProgress: (e) => events.push(e) });
    expect(result.nothingToDestroy).toBe(true);
    expect(events).toEqual([{ kind: 'stack-absent', stackName: STACK }]);
  });
});
