import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CloudFormationClient,
  DescribeStacksCommand,
  paginateListStackResources,
  type Stack,
} from '@aws-sdk/client-cloudformation';
import { errorCode } from '../../aws/errors.ts';
import type { Target } from '../../aws/target.ts';
import { defineClient } from '../../services/service.ts';
import { s3Client } from '../../services/s3/client.ts';
import { accountIdOf, deployClients } from '../clients.ts';
import { HANDLERS } from '../handlers/registry.ts';
import type { DeployedResource, DeployResult, DestroyResult, ProgressListener } from '../events.ts';
import { resultIdentity, type LabDeployment } from '../lab.ts';
import { assertSeedFilesExist, seedLab } from '../seed.ts';
import { runLabSetup } from '../setup.ts';
import type { CfnTemplate } from '../template/types.ts';
import { runCdk } from './cdk-cli.ts';
import { toolkitEnvironment } from './environment.ts';

/**
 * `--target aws`: the CDK toolkit deploys the stack through CloudFormation, exactly as an
 * instructor would by hand. Only the lab's data seeding, its setup (what CloudFormation cannot express) and each
 * resource type's before-destroy step are done here.
 */

const BOOTSTRAP_STACK = 'CDKToolkit';
const cloudFormationClient = defineClient('CloudFormation', (config) => new CloudFormationClient(config));
const USABLE_STATES = new Set(['CREATE_COMPLETE', 'UPDATE_COMPLETE', 'UPDATE_ROLLBACK_COMPLETE', 'IMPORT_COMPLETE']);

async function describeStack(cfn: CloudFormationClient, stackName: string): Promise<Stack | undefined> {
  try {
    const out = await cfn.send(new DescribeStacksCommand({ StackName: stackName }));
    const stack = out.Stacks?.[0];
    return stack?.StackStatus === 'DELETE_COMPLETE' ? undefined : stack;
  } catch (error) {
    // CloudFormation says "Stack with id X does not exist" as a ValidationError.
    if (errorCode(error) === 'ValidationError') return undefined;
    throw error;
  }
}

async function stackResources(cfn: CloudFormationClient, stackName: string): Promise<DeployedResource[]> {
  const resources: DeployedResource[] = [];
  for await (const page of paginateListStackResources({ client: cfn }, { StackName: stackName })) {
    for (const r of page.StackResourceSummaries ?? []) {
      // moto lists the resource types it skipped as entries without ids; they say nothing.
      if (!r.LogicalResourceId) continue;
      resources.push({ logicalId: r.LogicalResourceId, type: r.ResourceType ?? '', physicalId: r.PhysicalResourceId ?? '' });
    }
  }
  return resources;
}

/**
 * The stack's outputs as CloudFormation reports them. moto 5.2 reports none for a stack created
 * through a change set (which is how the CDK CLI creates stacks); an output missing from the
 * answer is then taken from the deployed template when it is a plain `Ref` to one of the stack's
 * resources, whose physical id is its value.
 */
function stackOutputs(stack: Stack | undefined, template: CfnTemplate, resources: readonly DeployedResource[]): Record<string, string> {
  const outputs = Object.fromEntries((stack?.Outputs ?? []).map((o) => [o.OutputKey ?? '', o.OutputValue ?? '']));
  for (const [name, output] of Object.entries(template.Outputs ?? {})) {
    const ref = (output.Value as { Ref?: unknown } | undefined)?.Ref;
    const resource = resources.find((r) => r.logicalId === ref);
    if (outputs[name] === undefined && resource?.physicalId) outputs[name] = resource.physicalId;
  }
  return outputs;
}

/** Arguments every command shares: the app run by this Node, the learner, a throwaway output dir. */
function commonArgs(deployment: LabDeployment, outdir: string): string[] {
  return [
    '--app', `"${process.execPath}" infra/bin/app.ts`,
    '--context', `learner=${deployment.learner}`,
    '--output', outdir,
    '--no-notices',
    '--ci',
  ];
}

async function withOutdir<T>(run: (outdir: string) => Promise<T>): Promise<T> {
  const outdir = await mkdtemp(join(tmpdir(), 'nubelab-cdk-out-'));
  try {
    return await run(outdir);
  } finally {
    await rm(outdir, { recursive: true, force: true });
  }
}


/** AWS itself lacks none of the behaviours an engine may lack. */
const onAws = () => undefined;

export async function deployWithToolkit(deployment: LabDeployment, target: Target, emit: ProgressListener): Promise<DeployResult> {
  const started = Date.now();
  const clients = deployClients(target);
  try {
    await assertSeedFilesExist(deployment.seeds);
    const account = await accountIdOf(clients);
    const env = await toolkitEnvironment(target);
    const { outputs, resources } = await withOutdir(async (outdir) => {
      const bootstrap = await describeStack(clients.get(cloudFormationClient), BOOTSTRAP_STACK);
      if (!bootstrap || !USABLE_STATES.has(bootstrap.StackStatus ?? '')) {
        emit({ kind: 'bootstrapping', account, region: target.region });
        await runCdk(['bootstrap', `aws://${account}/${target.region}`, ...commonArgs(deployment, outdir)], env, emit);
      }
      await runCdk(
        ['deploy', deployment.stackName, ...commonArgs(deployment, outdir), '--require-approval', 'never', '--progress', 'events'],
        env,
        emit,
      );
      const template = JSON.parse(await readFile(join(outdir, `${deployment.stackName}.template.json`), 'utf8')) as CfnTemplate;
      const deployed = await stackResources(clients.get(cloudFormationClient), deployment.stackName);
      const stack = await describeStack(clients.get(cloudFormationClient), deployment.stackName);
      return { outputs: stackOutputs(stack, template, deployed), resources: deployed };
    });
    const seeded = await seedLab(clients.get(s3Client), deployment.seeds, outputs, emit);
    await runLabSetup(deployment.lab, 'apply', { clients, resources, emit, engineLacks: onAws });
    return {
      ...resultIdentity(deployment, target, account, target.region),
      outputs,
      resources,
      seeded,
      durationMs: Date.now() - started,
    };
  } finally {
    clients.close();
  }
}

/**
 * CloudFormation cannot delete some resources as they are (a bucket that still has objects, a user
 * with a console password): each resource type's before-destroy step runs first, then
 * `cdk destroy` removes the stack.
 */
export async function destroyWithToolkit(deployment: LabDeployment, target: Target, emit: ProgressListener): Promise<DestroyResult> {
  const started = Date.now();
  const clients = deployClients(target);
  try {
    const account = await accountIdOf(clients);
    const base = {
      ...resultIdentity(deployment, target, account, target.region),
      absent: [],
    };
    if (!(await describeStack(clients.get(cloudFormationClient), deployment.stackName))) {
      emit({ kind: 'stack-absent', stackName: deployment.stackName });
      return { ...base, deleted: [], nothingToDestroy: true, durationMs: Date.now() - started };
    }
    const resources = await stackResources(clients.get(cloudFormationClient), deployment.stackName);
    await runLabSetup(deployment.lab, 'remove', { clients, resources, emit, engineLacks: onAws });
    for (const resource of resources.filter((r) => r.physicalId)) {
      await HANDLERS.get(resource.type)?.beforeDestroy?.(resource.physicalId, { clients, emit });
    }
    const env = await toolkitEnvironment(target);
    await withOutdir((outdir) => runCdk(['destroy', deployment.stackName, ...commonArgs(deployment, outdir), '--force'], env, emit));
    return { ...base, deleted: resources, nothingToDestroy: false, durationMs: Date.now() - started };
  } finally {
    clients.close();
  }
}
