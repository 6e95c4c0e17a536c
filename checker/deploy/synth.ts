import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App } from 'aws-cdk-lib';
import { addLabStack } from '../../infra/lib/stacks.ts';
import { ROOT } from '../paths.ts';
import type { LabDeployment } from './lab.ts';
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
}

/**
 * Synthesizes one lab's stack in this process and returns its CloudFormation template.
 * The cloud assembly goes to a temporary directory that is removed afterwards: nothing is
 * written into the repository.
 */
export async function synthesizeTemplate(deployment: LabDeployment, env: SynthEnvironment = {}): Promise<CfnTemplate> {
  const outdir = await mkdtemp(join(tmpdir(), 'nubelab-synth-'));
  try {
    const app = new App({
      outdir,
      context: { ...cdkJsonContext(), learner: deployment.learner },
      // CDK's built-in CloudFormation schema validation costs ~3 s per synth here; the infra tests
      // run it on every stack (and `cdk synth`/`cdk deploy` keep it on), so a deploy need not.
      builtinCloudFormationValidation: false,
    });
    const stack = addLabStack(app, deployment.stack, { learner: deployment.learner, env });
    const assembly = app.synth();
    return assembly.getStackArtifact(stack.artifactId).template as CfnTemplate;
  } finally {
    await rm(outdir, { recursive: true, force: true });
  }
}
