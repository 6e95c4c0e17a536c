import { trustsEc2OnlyCheck } from '../../shared/ec2-role.ts';
import { APP_ROLE } from '../role.ts';

export default trustsEc2OnlyCheck({ ...APP_ROLE, id: 'iam_app_role_trusts_ec2_only' });
