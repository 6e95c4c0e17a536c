import { humanReporter } from './human.ts';
import { jsonReporter } from './json.ts';
import { junitReporter } from './junit.ts';
import type { Reporter } from './reporter.ts';

export const REPORTERS = { human: humanReporter, json: jsonReporter, junit: junitReporter } satisfies Record<string, Reporter>;
export type ReporterName = keyof typeof REPORTERS;
export const REPORTER_NAMES = Object.keys(REPORTERS) as ReporterName[];
