import { defineCheck, fail, pass } from '../../../checker/core/define.ts';
import { cidrRange } from '../nacl.ts';
import { withVpc } from '../network.ts';

/** The private ranges of RFC 1918, which the lesson tells learners to use. */
const PRIVATE_RANGES = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'];
const SIZE = 16;

const isPrivate = (cidr: string) => {
  const block = cidrRange(cidr);
  return PRIVATE_RANGES.map(cidrRange).some((r) => block.from >= r.from && block.to <= r.to);
};

export default defineCheck({
  id: 'vpc_cidr_block_sized',
  cli: 'aws ec2 create-vpc --cidr-block 10.0.0.0/16 --tag-specifications "ResourceType=vpc,Tags=[{Key=Name,Value=nubelab-vpc}]"',
  points: 1,
  needs: ['vpc_exists'],
  title: { es: 'La VPC tiene un rango privado /16', en: 'The VPC has a private /16 range' },
  hint: {
    es: 'Crea la VPC con un bloque /16 de un rango privado, como 10.0.0.0/16 en la lección (172.16.0.0/16 o 192.168.0.0/16 también valen): 65 536 direcciones que dejan sitio para muchas subredes /24. El bloque principal no se puede cambiar; si te equivocaste, crea otra VPC.',
    en: 'Create the VPC with a /16 block from a private range, like 10.0.0.0/16 in the lesson (172.16.0.0/16 or 192.168.0.0/16 work too): 65,536 addresses that leave room for many /24 subnets. The primary block cannot be changed; if you got it wrong, create another VPC.',
  },
  run: (ctx) =>
    withVpc(ctx, async (vpc) => {
      const cidr = vpc.cidrBlock;
      const evidence = { resource: vpc.id, expected: `a /${SIZE} inside ${PRIVATE_RANGES.join(', ')}`, found: cidr };
      const size = Number(cidr.split('/')[1]);
      if (size !== SIZE) {
        return fail({ es: `La VPC ${vpc.name} usa ${cidr}, que es un /${size} y no un /${SIZE}.`, en: `VPC ${vpc.name} uses ${cidr}, which is a /${size}, not a /${SIZE}.` }, evidence);
      }
      if (!isPrivate(cidr)) {
        return fail({ es: `La VPC ${vpc.name} usa ${cidr}, que no es un rango privado.`, en: `VPC ${vpc.name} uses ${cidr}, which is not a private range.` }, evidence);
      }
      return pass({ es: `La VPC ${vpc.name} usa ${cidr}.`, en: `VPC ${vpc.name} uses ${cidr}.` }, evidence);
    }),
});
