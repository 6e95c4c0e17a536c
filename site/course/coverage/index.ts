import type { CoverageEntry } from '../coverage-types.ts';
import { entries as g000 } from './000.ts';
import { entries as g001 } from './001.ts';
import { entries as g002 } from './002.ts';
import { entries as g003core } from './003-core.ts';
import { entries as g003s3 } from './003-s3.ts';
import { entries as g004 } from './004.ts';

/** Every heading of every guide, in course order, and where the course covers it (or why not). */
export const coverage: CoverageEntry[] = [...g002, ...g003core, ...g003s3, ...g000, ...g001, ...g004];
