/**
 * Learner names end up inside resource names (S3 buckets, IAM roles) and CloudFormation stack
 * names, so they must satisfy all of them: lowercase letters, digits and hyphens, starting and
 * ending with a letter or digit. How long a name may be depends on the resource: each stack
 * states its own limit.
 */
export const DEFAULT_LEARNER = 'student';

const LEARNER_PATTERN = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;

export class InvalidLearnerError extends Error {
  readonly learner: string;
  constructor(learner: string, maxLength: number) {
    super(
      `Invalid learner name "${learner}": use 1-${maxLength} lowercase letters, digits or hyphens, ` +
        'starting and ending with a letter or digit (it becomes part of resource names).',
    );
    this.name = 'InvalidLearnerError';
    this.learner = learner;
  }
}

export function isValidLearner(learner: string, maxLength: number): boolean {
  return learner.length <= maxLength && LEARNER_PATTERN.test(learner);
}

export function assertValidLearner(learner: string, maxLength: number): void {
  if (!isValidLearner(learner, maxLength)) throw new InvalidLearnerError(learner, maxLength);
}
