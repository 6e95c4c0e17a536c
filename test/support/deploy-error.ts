import { DeployError } from '../../checker/deploy/errors.ts';

/** Runs `run` and returns the DeployError it throws; anything else (or nothing) fails the test. */
export function thrownDeployError(run: () => unknown): DeployError {
  try {
    run();
  } catch (error) {
    if (error instanceof DeployError) return error;
    throw error;
  }
  throw new Error('expected a DeployError');
}
