import type { CoverageEntry } from '../coverage-types.ts';

export const entries: CoverageEntry[] = [];
