import { unlessEngineLacks } from '../../checker/deploy/setup.ts';
import { HeadObjectCommand } from '@aws-sdk/client-s3';
import { errorCode } from '../../checker/aws/errors.ts';
import type { LabSetup, LabSetupContext } from '../../checker/core/types.ts';
import { s3Client } from '../../checker/services/s3/client.ts';
import { INPUT_PREFIX, OUTPUT_PREFIX } from './resize.ts';

/**
 * The reference is only done when it works: the seeded photos under input/ have triggered the
 * function, and deploy waits (bounded) until each resized copy is under output/. On a real
 * account that takes a few seconds; if it never happens, the deploy says so instead of
 * reporting a success the checker would then contradict.
 */

const WAIT_MS = 90_000;
const POLL_MS = 250;

const bucketOf = (ctx: LabSetupContext) => ctx.resources.find((r) => r.type === 'AWS::S3::Bucket')?.physicalId;

async function exists(ctx: LabSetupContext, bucket: string, key: string): Promise<boolean> {
  try {
    await ctx.clients.get(s3Client).send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
    return true;
  } catch (error) {
    if (['NotFound', 'NoSuchKey'].includes(errorCode(error))) return false;
    throw error;
  }
}

export function resizeSetup(seedKeys: readonly string[]): LabSetup {
  return {
    async apply(ctx) {
      const bucket = bucketOf(ctx);
      if (!bucket) return;
      await unlessEngineLacks(ctx, 'lambda-resize', 'lambda.runs-code', { es: 'esperar las copias redimensionadas', en: 'wait for the resized copies' }, () => resizedCopies(ctx, bucket, seedKeys));
    },
    // The copies go with the bucket when it is emptied and deleted.
    async remove() {},
  };
}

/** Waits until the function has written a resized copy of every sample uploaded to input/. */
async function resizedCopies(ctx: LabSetupContext, bucket: string, seedKeys: readonly string[]): Promise<void> {
  const started = Date.now();
  const pending = new Set(seedKeys.map((key) => OUTPUT_PREFIX + key.slice(INPUT_PREFIX.length)));
  while (pending.size) {
    for (const key of [...pending]) {
      if (await exists(ctx, bucket, key)) {
        pending.delete(key);
        ctx.emit({ kind: 'output-appeared', bucket, key, afterMs: Date.now() - started });
      }
    }
    if (!pending.size) break;
    if (Date.now() - started > WAIT_MS) {
      throw Object.assign(new Error(`no resized copy after ${WAIT_MS / 1000} s: ${[...pending].join(', ')}; read the function's log group`), { name: 'ResizedCopyMissing' });
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}
