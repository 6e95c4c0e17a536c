import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App } from 'aws-cdk-lib';
import { addLabStack } from '../../infra/lib/stacks.ts';
import { ROOT } from '../paths.ts';
import type { LabDeployment } from './lab.ts';
import { assetStoreOf, NO_ASSETS, type AssetStore } from './assets.ts';
import type { CfnTemplate } from './template/types.ts';

/**
 * The context the CDK CLI would give the app: cdk.json's feature flags. Read from the same file,
 * so an in-process synth produces the template `cdk synth` produces.
 */
export function cdkJsonContext(): Record<string, unknown> {
  const cdkJson = JSON.parse(readFileSync(join(ROOT, 'cdk.json'), 'utf8')) as { context?: Record<string, unknown> };
  return cdkJson.context ?? {};
}

export interface SynthEnvironment {
  account?: string;
  region?: string;
  /** Extra context for the app, e.g. the Python version the emulator runs functions on. */
  context?: Record<string, string>;
}

export interface SynthesizedStack {
  template: CfnTemplate;
  /** The stack's file assets (e.g. Lambda code), readable until `dispose`. */
  assets: AssetStore;
  /** Removes the cloud assembly. */
  dispose(): Promise<void>;
}

/**
 * Synthesizes one lab's stack in this process. The cloud assembly goes to a temporary directory,
 * kept until `dispose` so that a deploy can read the stack's assets: nothing is written into the
 * repository.
 */
export async function synthesizeStack(deployment: LabDeployment, env: SynthEnvironment = {}): Promise<SynthesizedStack> {
  const outdir = await mkdtemp(join(tmpdir(), 'nubelab-synth-'));
  const dispose = () => rm(outdir, { recursive: true, force: true });
  try {
    const app = new App({
      outdir,
      context: { ...cdkJsonContext(), ...env.context, learner: deployment.learner },
      // CDK's built-in CloudFormation schema validation costs ~3 s per synth here; the infra tests
      // run it on every stack (and `cdk synth`/`cdk deploy` keep it on), so a deploy need not.
      builtinCloudFormationValidation: false,
    });
    const stack = addLabStack(app, deployment.stack, { learner: deployment.learner, env: { account: env.account, region: env.region } });
    const artifact = app.synth().getStackArtifact(stack.artifactId);
    const manifest = `${stack.artifactId}.assets.json`;
    const assets = existsSync(join(outdir, manifest)) ? await assetStoreOf(outdir, manifest) : NO_ASSETS;
    return { template: artifact.template as CfnTemplate, assets, dispose };
  } catch (error) {
    await dispose();
    throw error;
  }
}

/** The stack's template alone; the assembly is removed at once. */
export async function synthesizeTemplate(deployment: LabDeployment, env: SynthEnvironment = {}): Promise<CfnTemplate> {
  const synthesized = await synthesizeStack(deployment, env);
  await synthesized.dispose();
  return synthesized.template;
}
