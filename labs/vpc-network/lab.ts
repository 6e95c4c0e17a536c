import { defineLab } from '../../checker/core/define.ts';
import { VPC_NETWORK_MAX_LEARNER } from '../../infra/lib/vpc-network-stack.ts';
import vpcCidrBlockSized from './checks/vpc_cidr_block_sized.ts';
import vpcExists from './checks/vpc_exists.ts';
import vpcFlowLogsEnabled from './checks/vpc_flow_logs_enabled.ts';
import vpcInternetGatewayAttached from './checks/vpc_internet_gateway_attached.ts';
import vpcNaclPublicWebOnly from './checks/vpc_nacl_public_web_only.ts';
import vpcPrivateSubnetsTwoAzs from './checks/vpc_private_subnets_two_azs.ts';
import vpcPublicSubnetsTwoAzs from './checks/vpc_public_subnets_two_azs.ts';
import { gradedVpc } from './network.ts';

export default defineLab({
  id: 'vpc-network',
  title: { es: 'Una VPC con subredes públicas y privadas', en: 'A VPC with public and private subnets' },
  summary: {
    es: 'Construye una VPC /16 con una subred pública y otra privada en cada una de dos zonas, un internet gateway, una NACL que solo deja pasar la web y Flow Logs que registran el tráfico.',
    en: 'Build a /16 VPC with a public and a private subnet in each of two zones, an internet gateway, a network ACL that lets only web traffic through, and flow logs that record the traffic.',
  },
  lessons: ['aws-notes/vpc', 'aws-notes/security-groups-vs-nacls'],
  maxLearnerLength: VPC_NETWORK_MAX_LEARNER,
  graded: gradedVpc,
  checks: [
    vpcExists,
    vpcCidrBlockSized,
    vpcInternetGatewayAttached,
    vpcPublicSubnetsTwoAzs,
    vpcPrivateSubnetsTwoAzs,
    vpcNaclPublicWebOnly,
    vpcFlowLogsEnabled,
  ],
  cliSteps: [
    {
      id: 'variables',
      title: { es: 'Prepara las variables', en: 'Set up the variables' },
      description: {
        es: 'Las dos primeras zonas de la región; el bucket de los Flow Logs lleva el número de cuenta porque los nombres de bucket son únicos en todo AWS.',
        en: "The region's first two zones; the flow-log bucket carries the account number because bucket names are unique across all of AWS.",
      },
    },
    {
      id: 'vpc',
      title: { es: 'Crea la VPC', en: 'Create the VPC' },
      description: {
        es: 'Un /16 privado con la etiqueta Name que busca el comprobador.',
        en: 'A private /16 with the Name tag the checker looks for.',
      },
    },
    {
      id: 'subnets',
      title: { es: 'Crea las cuatro subredes', en: 'Create the four subnets' },
      description: {
        es: 'Una pública y una privada en cada zona; el nombre es solo una etiqueta, lo que las hace públicas son las rutas.',
        en: 'A public and a private one in each zone; the name is only a label, routes are what makes them public.',
      },
    },
    {
      id: 'internet-gateway',
      title: { es: 'Crea y asocia el internet gateway', en: 'Create and attach the internet gateway' },
      description: {
        es: 'La puerta de la VPC hacia internet, en ambos sentidos.',
        en: "The VPC's door to the internet, both ways.",
      },
    },
    {
      id: 'route-tables',
      title: { es: 'Crea las tablas de rutas', en: 'Create the route tables' },
      description: {
        es: 'La pública envía 0.0.0.0/0 al internet gateway; la privada solo tiene la ruta local.',
        en: 'The public one sends 0.0.0.0/0 to the internet gateway; the private one has only the local route.',
      },
    },
    {
      id: 'network-acl',
      title: { es: 'Crea la NACL de las subredes públicas', en: 'Create the public subnets’ network ACL' },
      description: {
        es: 'Entran HTTP, HTTPS y las respuestas a puertos efímeros; salen las respuestas a los clientes y las peticiones web de la propia subred.',
        en: "In come HTTP, HTTPS and replies to ephemeral ports; out go replies to clients and the subnet's own web requests.",
      },
    },
    {
      id: 'flow-logs',
      title: { es: 'Activa los Flow Logs', en: 'Turn on flow logs' },
      description: {
        es: 'Todo el tráfico de la VPC, aceptado y rechazado, a un prefijo de un bucket privado.',
        en: "All of the VPC's traffic, accepted and rejected, to a prefix of a private bucket.",
      },
    },
    {
      id: 'verify',
      title: { es: 'Comprueba el resultado', en: 'Check the result' },
      description: {
        es: 'Las subredes con su zona y su tabla, y las reglas de la NACL en orden.',
        en: 'The subnets with their zone and table, and the network ACL rules in order.',
      },
    },
  ],
});
