import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** The repository root, wherever the CLI is started from. */
export const ROOT = fileURLToPath(new URL('../', import.meta.url));
export const VENV_BIN = join(ROOT, '.venv', 'bin');
/** Local state NubeLab writes (pid files, logs); git ignores it. */
export const STATE_DIR = join(ROOT, '.nubelab');
export const SAMPLE_CSV = join(ROOT, 'data', 'taxi-sample.csv');
/** A file shipped with a lab, e.g. its sample photos. */
export const labFile = (labId: string, ...path: string[]) => join(ROOT, 'labs', labId, ...path);
