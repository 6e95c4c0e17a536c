import { roleExistsCheck } from '../../shared/ec2-role.ts';
import { APP_ROLE } from '../role.ts';

export default roleExistsCheck(APP_ROLE);
