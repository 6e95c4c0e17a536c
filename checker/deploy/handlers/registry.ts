import { SERVICES } from '../../services/index.ts';
import type { ResourceHandler } from './types.ts';

/** Resource types the emulator engine can apply: every service's handlers, by CloudFormation type. */
export const HANDLERS: ReadonlyMap<string, ResourceHandler> = new Map(
  SERVICES.flatMap((service) => service.handlers).map((handler) => [handler.type, handler]),
);

/** Types that describe the deployment rather than create anything; the engine skips them. */
export const SKIPPED_TYPES: ReadonlySet<string> = new Set(['AWS::CDK::Metadata']);
