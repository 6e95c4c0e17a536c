/**
 * Learner names end up inside S3 bucket names and CloudFormation stack names, so they must
 * satisfy both: lowercase letters, digits and hyphens, starting and ending with a letter or digit.
 */
export const DEFAULT_LEARNER = 'student';

/** `taxis-datalake-` + learner + `-` + 12-digit account id must fit S3's 63-character limit. */
export const MAX_LEARNER_LENGTH = 63 - 'taxis-datalake-'.length - '-'.length - 12;

const LEARNER_PATTERN = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;

export class InvalidLearnerError extends Error {
  readonly learner: string;
  constructor(learner: string) {
    super(
      `Invalid learner name "${learner}": use 1-${MAX_LEARNER_LENGTH} lowercase letters, digits or hyphens, ` +
        'starting and ending with a letter or digit (it becomes part of an S3 bucket name).',
    );
    this.name = 'InvalidLearnerError';
    this.learner = learner;
  }
}

export function isValidLearner(learner: string): boolean {
  return learner.length <= MAX_LEARNER_LENGTH && LEARNER_PATTERN.test(learner);
}

export function assertValidLearner(learner: string): void {
  if (!isValidLearner(learner)) throw new InvalidLearnerError(learner);
}
