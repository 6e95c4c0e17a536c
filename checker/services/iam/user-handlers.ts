import type { ResourceHandler } from '../../deploy/handlers/types.ts';

/** Users, groups and group membership (the iam-users lab). */
export const GROUP_HANDLERS: readonly ResourceHandler[] = [];
