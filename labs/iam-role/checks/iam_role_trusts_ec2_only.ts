import { trustsEc2OnlyCheck } from '../../shared/ec2-role.ts';
import { DE_ROLE } from '../role.ts';

export default trustsEc2OnlyCheck({ ...DE_ROLE, id: 'iam_role_trusts_ec2_only' });
