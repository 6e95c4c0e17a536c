import { defineCheck, fail, pass } from '../../../checker/core/define.ts';
import { networkLayout, withVpc } from '../network.ts';

export default defineCheck({
  id: 'vpc_internet_gateway_attached',
  cli: 'aws ec2 create-internet-gateway && aws ec2 attach-internet-gateway --internet-gateway-id <igw-id> --vpc-id <vpc-id>',
  points: 1,
  needs: ['vpc_exists'],
  title: { es: 'Hay un internet gateway asociado a la VPC', en: 'An internet gateway is attached to the VPC' },
  hint: {
    es: 'Crea un internet gateway y asócialo a la VPC (en la consola, «Actions → Attach to VPC»; en la CLI, aws ec2 attach-internet-gateway). Sin él, ninguna subred puede ser pública.',
    en: 'Create an internet gateway and attach it to the VPC (in the console, "Actions → Attach to VPC"; in the CLI, aws ec2 attach-internet-gateway). Without it, no subnet can be public.',
  },
  run: (ctx) =>
    withVpc(ctx, async (vpc) => {
      const { gatewayIds } = await networkLayout(ctx, vpc);
      const evidence = { resource: vpc.id, internetGateways: gatewayIds };
      if (!gatewayIds.length) {
        return fail({ es: `La VPC ${vpc.name} no tiene ningún internet gateway asociado.`, en: `VPC ${vpc.name} has no internet gateway attached.` }, evidence);
      }
      return pass({ es: `El internet gateway ${gatewayIds[0]} está asociado a la VPC ${vpc.name}.`, en: `Internet gateway ${gatewayIds[0]} is attached to VPC ${vpc.name}.` }, evidence);
    }),
});
