import { instanceProfileCheck } from '../../shared/ec2-role.ts';
import { DE_ROLE } from '../role.ts';

export default instanceProfileCheck({ ...DE_ROLE, id: 'iam_role_instance_profile' });
