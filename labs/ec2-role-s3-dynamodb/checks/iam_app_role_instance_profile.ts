import { instanceProfileCheck } from '../../shared/ec2-role.ts';
import { APP_ROLE } from '../role.ts';

export default instanceProfileCheck({ ...APP_ROLE, id: 'iam_app_role_instance_profile' });
