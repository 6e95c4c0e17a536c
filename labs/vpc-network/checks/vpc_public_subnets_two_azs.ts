import { defineCheck, fail, pass } from '../../../checker/core/define.ts';
import { networkLayout, subnetEvidence, withVpc, zonesWith } from '../network.ts';

export default defineCheck({
  id: 'vpc_public_subnets_two_azs',
  cli: 'aws ec2 create-route --route-table-id <public-rtb-id> --destination-cidr-block 0.0.0.0/0 --gateway-id <igw-id> && aws ec2 associate-route-table --route-table-id <public-rtb-id> --subnet-id <public-subnet-id>',
  points: 1,
  needs: ['vpc_exists', 'vpc_internet_gateway_attached'],
  title: { es: 'Hay subredes públicas en dos zonas de disponibilidad', en: 'There are public subnets in two Availability Zones' },
  hint: {
    es: 'Una subred es pública si su tabla de rutas envía 0.0.0.0/0 al internet gateway de la VPC. Crea una subred en cada una de dos zonas, una tabla de rutas con esa ruta y asóciala a las dos (no a las privadas).',
    en: "A subnet is public when its route table sends 0.0.0.0/0 to the VPC's internet gateway. Create a subnet in each of two zones, a route table with that route, and associate it with both (not with the private ones).",
  },
  run: (ctx) =>
    withVpc(ctx, async (vpc) => {
      const layout = await networkLayout(ctx, vpc);
      const zones = zonesWith(layout, 'public');
      const evidence = { resource: vpc.id, publicZones: zones, subnets: subnetEvidence(layout.subnets) };
      if (zones.length < 2) {
        const found = zones.length ? { es: `solo en ${zones[0]}`, en: `only in ${zones[0]}` } : { es: 'en ninguna zona', en: 'in no zone' };
        return fail(
          { es: `La VPC ${vpc.name} tiene subredes públicas ${found.es}.`, en: `VPC ${vpc.name} has public subnets ${found.en}.` },
          evidence,
        );
      }
      return pass({ es: `La VPC ${vpc.name} tiene subredes públicas en ${zones.join(' y ')}.`, en: `VPC ${vpc.name} has public subnets in ${zones.join(' and ')}.` }, evidence);
    }),
});
