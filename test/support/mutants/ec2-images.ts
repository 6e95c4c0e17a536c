import { DescribeImagesCommand } from '@aws-sdk/client-ec2';
import { ssmLookup } from '../../../checker/deploy/emulator/ssm-parameters.ts';
import { ec2Client } from '../../../checker/services/ec2/client.ts';
import type { MutantContext } from '../lab-contract.ts';

/** The public parameters Amazon keeps the current Amazon Linux AMI ids in. */
export const AL2023_PARAMETER = '/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64';

/**
 * The AMI id a public parameter holds, read with SSM GetParameter. RunInstances' own
 * `resolve:ssm:` form is not used: LocalStack 4.14.0 keeps it as the literal image id.
 */
export const imageFrom = (ctx: MutantContext, parameter: string): Promise<string> => ssmLookup(ctx.clients)(parameter);

/**
 * An Amazon Linux 2 AMI (x86_64) from the engine's image list: MiniStack 1.5.33 has no public
 * parameter for Amazon Linux 2, but every engine lists such images.
 */
export async function amazonLinux2Image(ctx: MutantContext): Promise<string> {
  const ec2 = ctx.clients.get(await ec2Client());
  const { Images = [] } = await ec2.send(new DescribeImagesCommand({ Owners: ['amazon'], Filters: [{ Name: 'name', Values: ['amzn2-ami-*'] }, { Name: 'architecture', Values: ['x86_64'] }] }));
  const image = Images.find((i) => i.ImageId && i.Name?.startsWith('amzn2-ami-'));
  if (!image) throw new Error('the engine lists no Amazon Linux 2 image');
  return image.ImageId!;
}
