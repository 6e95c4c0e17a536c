/**
 * The tags every reference stack carries (and the emulator deploy puts on every resource it makes).
 * Kept apart from stacks.ts so the checker can recognise a reference resource without importing
 * aws-cdk-lib and every stack (the site bundles the checker's lab definitions).
 */
export const LAB_TAG = 'nubelab:lab';
export const LEARNER_TAG = 'nubelab:learner';
