import { assertValidLearner, InvalidLearnerError, MAX_LEARNER_LENGTH } from '../../infra/lib/learner.ts';
import { findLabStack, LAB_STACKS, LAB_TAG, LEARNER_TAG, labStackName, type LabStack } from '../../infra/lib/stacks.ts';
import type { Target } from '../aws/target.ts';
import { DeployError } from './errors.ts';
import type { DeploymentIdentity } from './events.ts';

/** The lab's reference stack and the names derived from lab + learner, validated up front. */
export interface LabDeployment {
  lab: LabStack;
  learner: string;
  stackName: string;
  /** Tags every resource of this deployment carries; they mark resources as ours. */
  ownerTags: Readonly<Record<string, string>>;
}

export function labDeployment(labId: string, learner: string): LabDeployment {
  const lab = findLabStack(labId);
  if (!lab) {
    throw new DeployError('unknown-lab', `No reference stack for lab "${labId}"`, {
      labId,
      known: LAB_STACKS.map((l) => l.labId),
    });
  }
  try {
    assertValidLearner(learner);
  } catch (error) {
    if (!(error instanceof InvalidLearnerError)) throw error;
    throw new DeployError('bad-learner', error.message, { learner, maxLength: MAX_LEARNER_LENGTH });
  }
  return {
    lab,
    learner,
    stackName: labStackName(labId, learner),
    ownerTags: { [LAB_TAG]: labId, [LEARNER_TAG]: learner },
  };
}

/** The fields every deploy and destroy result starts with. */
export function resultIdentity(deployment: LabDeployment, target: Target, account: string, region: string): DeploymentIdentity {
  return {
    labId: deployment.lab.labId,
    learner: deployment.learner,
    stackName: deployment.stackName,
    target: target.kind,
    account,
    region,
  };
}
