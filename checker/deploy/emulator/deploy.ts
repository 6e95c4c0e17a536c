import type { Target } from '../../aws/target.ts';
import { emulatorPythonFor } from '../../emulator/lambda-python.ts';
import { regionZones } from '../../services/ec2/zones.ts';
import { s3Client } from '../../services/s3/client.ts';
import { PYTHON_VERSION_CONTEXT } from '../../../infra/lib/lambda-resize/package.ts';
import { accountIdOf, deployClients, type DeployClients } from '../clients.ts';
import type { DeployResult, DestroyResult, ProgressListener } from '../events.ts';
import { resultIdentity, type LabDeployment } from '../lab.ts';
import { assertSeedFilesExist, seedLab } from '../seed.ts';
import { runLabSetup } from '../setup.ts';
import { synthesizeStack } from '../synth.ts';
import { partitionOf, type PseudoParameters } from '../template/types.ts';
import { applyPlan, removePlan } from './engine.ts';
import { isEngineSkip, planTemplate, type TemplatePlan } from './plan.ts';
import { resolveSsmParameters, ssmLookup } from './ssm-parameters.ts';
import { EngineLacksService, featureGapsOf, gapsOf } from '../../emulator/engine-gaps.ts';
import type { LabSetupContext } from '../../core/types.ts';

/**
 * `--target emulator`: the emulator's own CloudFormation drops most S3 settings, so the lab's
 * synthesized template is applied here, resource by resource, with SDK calls.
 */

interface Prepared {
  plan: TemplatePlan;
  pseudo: PseudoParameters;
  /** Removes the synthesized assembly (its assets are read while the plan is applied). */
  dispose(): Promise<void>;
  engineLacks: LabSetupContext['engineLacks'];
}

async function prepare(deployment: LabDeployment, target: Target, clients: DeployClients, emit: ProgressListener): Promise<Prepared> {
  const accountId = await accountIdOf(clients);
  // Python packages with compiled parts (Pillow) must match the interpreter the emulator runs them on.
  const python = deployment.stack.pythonRuntimes?.length ? emulatorPythonFor(deployment.stack.pythonRuntimes[0]!) : undefined;
  const context: Record<string, string> = python ? { [PYTHON_VERSION_CONTEXT]: python } : {};
  const { template, assets, dispose } = await synthesizeStack(deployment, { account: accountId, region: target.region, context });
  emit({ kind: 'synthesized', stackName: deployment.stackName, resourceCount: Object.keys(template.Resources ?? {}).length });
  // Only a template that asks for the region's zones (a VPC's subnets) costs the extra call.
  const availabilityZones = JSON.stringify(template).includes('"Fn::GetAZs"') ? await regionZones(clients) : undefined;
  const pseudo: PseudoParameters = { accountId, region: target.region, stackName: deployment.stackName, ...partitionOf(target.region), availabilityZones };
  try {
    const ssmParameters = await resolveSsmParameters(template, ssmLookup(clients));
    // LocalStack and MiniStack lack some services: their resources are skipped and listed, not failed.
    const engineGaps = await gapsOf(target);
    const featureGaps = await featureGapsOf(target);
    const plan = planTemplate({ template, pseudo, ownerTags: deployment.ownerTags, clients, emit, assets, ssmParameters, engineGaps, featureGaps });
    return { plan, pseudo, dispose, engineLacks: (feature) => featureGaps.get(feature)?.reason };
  } catch (error) {
    await dispose();
    throw error;
  }
}

/**
 * The lab's setup, unless it calls a service the engine lacks (a lab whose template has none of
 * it, like ml-endpoint's role, but whose setup trains on SageMaker): then it is said to be skipped.
 */
async function runSetupUnlessEngineLacks(deployment: LabDeployment, ctx: LabSetupContext): Promise<void> {
  try {
    await runLabSetup(deployment.lab, 'apply', ctx);
  } catch (error) {
    const cause = (error as { cause?: unknown }).cause;
    if (!(cause instanceof EngineLacksService)) throw error;
    ctx.emit({ kind: 'setup-skipped', labId: deployment.lab.id, what: 'setup', needs: [(cause as unknown as { service: string }).service] });
  }
}

export async function deployToEmulator(deployment: LabDeployment, target: Target, emit: ProgressListener): Promise<DeployResult> {
  const started = Date.now();
  const clients = deployClients(target);
  try {
    await assertSeedFilesExist(deployment.seeds);
    const { plan, pseudo, dispose, engineLacks } = await prepare(deployment, target, clients, emit);
    const resources = await applyPlan(plan, emit).finally(dispose);
    const outputs = plan.outputs();
    const forEngine = plan.skipped.filter(isEngineSkip);
    const needs = forEngine.map((s) => s.logicalId);
    // A data file goes only where its bucket exists; the setup works on the whole stack, so it waits for all of it.
    const seeds = deployment.seeds.filter((seed) => seed.bucketOutput in outputs || !forEngine.length);
    if (seeds.length < deployment.seeds.length) emit({ kind: 'setup-skipped', labId: deployment.lab.id, what: 'seed', needs });
    const seeded = await seedLab(clients.get(s3Client), seeds, outputs, emit);
    if (forEngine.length && deployment.lab.setup) emit({ kind: 'setup-skipped', labId: deployment.lab.id, what: 'setup', needs });
    else await runSetupUnlessEngineLacks(deployment, { clients, resources, emit, engineLacks });
    return {
      ...resultIdentity(deployment, target, pseudo.accountId, pseudo.region),
      outputs,
      resources,
      ...(forEngine.length || plan.propertiesLeftOut.length
        ? {
            skippedForEngine: [
              ...forEngine.map(({ logicalId, type, service, feature, dependsOn, why }) => ({ logicalId, type, service, feature, dependsOn, why })),
              ...plan.propertiesLeftOut.map(({ logicalId, type, property, feature, why }) => ({ logicalId, type, property, feature, why })),
            ],
          }
        : {}),
      seeded,
      durationMs: Date.now() - started,
    };
  } finally {
    clients.close();
  }
}

/** Stateless: the template is synthesized again and names its resources; nothing was saved at deploy. */
export async function destroyOnEmulator(deployment: LabDeployment, target: Target, emit: ProgressListener): Promise<DestroyResult> {
  const started = Date.now();
  const clients = deployClients(target);
  try {
    const { plan, pseudo, dispose, engineLacks } = await prepare(deployment, target, clients, emit);
    await dispose();
    // The setup is undone only once removePlan has found every resource to be ours.
    const { deleted, absent } = await removePlan(plan, emit, (resources) => runLabSetup(deployment.lab, 'remove', { clients, resources, emit, engineLacks }));
    return {
      ...resultIdentity(deployment, target, pseudo.accountId, pseudo.region),
      deleted,
      absent,
      nothingToDestroy: deleted.length === 0,
      durationMs: Date.now() - started,
    };
  } finally {
    clients.close();
  }
}
