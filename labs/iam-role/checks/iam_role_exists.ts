import { roleExistsCheck } from '../../shared/ec2-role.ts';
import { DE_ROLE } from '../role.ts';

export default roleExistsCheck(DE_ROLE);
