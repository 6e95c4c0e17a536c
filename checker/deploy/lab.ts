import { findLabStack, LAB_STACKS, LAB_TAG, LEARNER_TAG, labStackName, type LabStack } from '../../infra/lib/stacks.ts';
import { isValidLearner } from '../../infra/lib/learner.ts';
import { findLab } from '../../labs/index.ts';
import type { Target } from '../aws/target.ts';
import type { LabDefinition, SeedObject } from '../core/types.ts';
import { DeployError } from './errors.ts';
import type { DeploymentIdentity } from './events.ts';

/** The lab's reference stack and the names derived from lab + learner, validated up front. */
export interface LabDeployment {
  lab: LabDefinition;
  stack: LabStack;
  learner: string;
  stackName: string;
  /** The lab's data files, uploaded after the stack is up. */
  seeds: readonly SeedObject[];
  /** Tags every resource of this deployment carries; they mark resources as ours. */
  ownerTags: Readonly<Record<string, string>>;
}

export function labDeployment(labId: string, learner: string): LabDeployment {
  const lab = findLab(labId);
  const stack = findLabStack(labId);
  if (!lab || !stack) {
    throw new DeployError('unknown-lab', `No reference stack for lab "${labId}"`, {
      labId,
      known: LAB_STACKS.map((l) => l.labId),
    });
  }
  // Each lab knows how long a learner name its resource names can hold (an S3 bucket name, a role name).
  if (!isValidLearner(learner, lab.maxLearnerLength)) {
    throw new DeployError(
      'bad-learner',
      `Invalid learner name "${learner}": use 1-${lab.maxLearnerLength} lowercase letters, digits or hyphens, starting and ending with a letter or digit`,
      { learner, maxLength: lab.maxLearnerLength },
    );
  }
  return {
    lab,
    stack,
    learner,
    stackName: labStackName(labId, learner),
    seeds: lab.seeds ?? [],
    ownerTags: { [LAB_TAG]: labId, [LEARNER_TAG]: learner },
  };
}

/** The fields every deploy and destroy result starts with. */
export function resultIdentity(deployment: LabDeployment, target: Target, account: string, region: string): DeploymentIdentity {
  return {
    labId: deployment.lab.id,
    learner: deployment.learner,
    stackName: deployment.stackName,
    target: target.kind,
    account,
    region,
  };
}
