import { defineCheck, fail, pass } from '../../../checker/core/define.ts';
import { networkLayout, subnetEvidence, withVpc, zonesWith } from '../network.ts';

export default defineCheck({
  id: 'vpc_private_subnets_two_azs',
  cli: 'aws ec2 create-subnet --vpc-id <vpc-id> --cidr-block 10.0.11.0/24 --availability-zone <second-az> && aws ec2 associate-route-table --route-table-id <private-rtb-id> --subnet-id <subnet-id>',
  points: 1,
  needs: ['vpc_exists'],
  title: {
    es: 'Hay una subred privada, sin ruta al internet gateway, junto a cada pública',
    en: 'A private subnet, with no route to the internet gateway, sits beside each public one',
  },
  hint: {
    es: 'Una subred es privada si ninguna ruta de su tabla lleva a un internet gateway (ni 0.0.0.0/0 ni ::/0; una ruta a un NAT gateway sí vale). Crea una en cada zona donde tengas una pública y dales una tabla de rutas propia, sin la ruta al internet gateway. Ojo con la tabla principal: la usan las subredes que no asocias a ninguna.',
    en: "A subnet is private when no route of its table leads to an internet gateway (neither 0.0.0.0/0 nor ::/0; a route to a NAT gateway is fine). Create one in each zone that has a public subnet and give them their own route table, without the internet gateway route. Mind the main table: subnets you associate with no table use it.",
  },
  run: (ctx) =>
    withVpc(ctx, async (vpc) => {
      const layout = await networkLayout(ctx, vpc);
      const privateZones = zonesWith(layout, 'private');
      const publicZones = zonesWith(layout, 'public');
      // Paired zones matter once there are public subnets in two zones; until then, two zones of private ones.
      const wanted = publicZones.length >= 2 ? publicZones : undefined;
      const paired = wanted ? privateZones.filter((z) => wanted.includes(z)) : privateZones;
      const partial = layout.subnets.filter((s) => s.role === 'partial');
      const evidence = { resource: vpc.id, privateZones, publicZones, subnets: subnetEvidence(layout.subnets) };
      if (paired.length >= 2) {
        return pass({ es: `La VPC ${vpc.name} tiene subredes privadas en ${paired.join(' y ')}.`, en: `VPC ${vpc.name} has private subnets in ${paired.join(' and ')}.` }, evidence);
      }
      if (partial.length) {
        const names = partial.map((s) => `${s.id} (${s.igwRoutes.join(', ')})`).join('; ');
        return fail({ es: `Estas subredes tienen rutas al internet gateway y no son privadas: ${names}.`, en: `These subnets have routes to the internet gateway and are not private: ${names}.` }, evidence);
      }
      if (!privateZones.length) {
        return fail({ es: `La VPC ${vpc.name} no tiene ninguna subred sin ruta al internet gateway.`, en: `VPC ${vpc.name} has no subnet without a route to the internet gateway.` }, evidence);
      }
      const where = wanted ? { es: ` (las públicas están en ${wanted.join(' y ')})`, en: ` (the public ones are in ${wanted.join(' and ')})` } : { es: '', en: '' };
      return fail(
        { es: `La VPC ${vpc.name} tiene subredes privadas solo en ${privateZones.join(', ')}${where.es}.`, en: `VPC ${vpc.name} has private subnets only in ${privateZones.join(', ')}${where.en}.` },
        evidence,
      );
    }),
});
