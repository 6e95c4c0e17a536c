import type { Target } from '../aws/target.ts';
import { deployToEmulator, destroyOnEmulator } from './emulator/deploy.ts';
import type { DeployEvent, DeployResult, DestroyResult } from './events.ts';
import { labDeployment } from './lab.ts';
import { deployWithToolkit, destroyWithToolkit } from './toolkit/deploy.ts';

/**
 * The instructor's deploy and destroy of a lab's reference solution.
 * - emulator target: the synthesized template is applied with SDK calls (see emulator/);
 * - aws target: the CDK toolkit deploys it through CloudFormation (see toolkit/).
 * Both upload the lab's sample data afterwards. Errors are `DeployError`s with a `code`.
 */
export interface DeployOptions {
  target: Target;
  learner: string;
  onProgress?: (event: DeployEvent) => void;
}

export async function deployLab(labId: string, options: DeployOptions): Promise<DeployResult> {
  const deployment = labDeployment(labId, options.learner);
  const emit = options.onProgress ?? (() => {});
  return options.target.kind === 'emulator'
    ? deployToEmulator(deployment, options.target, emit)
    : deployWithToolkit(deployment, options.target, emit);
}

export async function destroyLab(labId: string, options: DeployOptions): Promise<DestroyResult> {
  const deployment = labDeployment(labId, options.learner);
  const emit = options.onProgress ?? (() => {});
  return options.target.kind === 'emulator'
    ? destroyOnEmulator(deployment, options.target, emit)
    : destroyWithToolkit(deployment, options.target, emit);
}

export { DeployError, isDeployError, type DeployErrorCode } from './errors.ts';
export type { DeployEvent, DeployResult, DestroyResult, DeployedResource } from './events.ts';
export { DEFAULT_LEARNER } from '../../infra/lib/learner.ts';
export { labStackName } from '../../infra/lib/stacks.ts';
