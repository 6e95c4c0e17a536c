import { s3BucketPolicyHandler } from './s3-bucket-policy.ts';
import { s3BucketHandler } from './s3-bucket.ts';
import type { ResourceHandler } from './types.ts';

/** Resource types the emulator engine can apply, one handler file per type. */
export const HANDLERS: ReadonlyMap<string, ResourceHandler> = new Map(
  [s3BucketHandler, s3BucketPolicyHandler].map((handler) => [handler.type, handler]),
);

/** Types that describe the deployment rather than create anything; the engine skips them. */
export const SKIPPED_TYPES: ReadonlySet<string> = new Set(['AWS::CDK::Metadata']);
