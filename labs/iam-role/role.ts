import type { AccessScene, RoleSpec } from '../shared/ec2-role.ts';
import { dataLakeHarm, dataLakeWork } from '../shared/ec2-role.ts';

/** The role the lesson creates for the data-engineer instance. */
export const DE_ROLE: RoleSpec = { name: 'de-s3access', existsCheck: 'iam_role_exists' };

/** What the data-engineer instance does with the data lake: list and read raw/, write processed/. */
export const dataLakeNeeds = (scene: AccessScene) => dataLakeWork(scene);

/** What a compromised instance must not be able to do with this role. */
export const dataLakeForbidden = (scene: AccessScene) => dataLakeHarm(scene, DE_ROLE.name);
