import type { ResourceHandler } from '../../deploy/handlers/types.ts';
import { ACL_HANDLERS } from './acl-handlers.ts';
import { flowLogHandler } from './flow-log-handler.ts';
import { INSTANCE_HANDLERS } from './instance-handlers.ts';
import { NETWORK_HANDLERS } from './network-handlers.ts';

export const EC2_HANDLERS: readonly ResourceHandler[] = [...NETWORK_HANDLERS, ...ACL_HANDLERS, flowLogHandler, ...INSTANCE_HANDLERS];
