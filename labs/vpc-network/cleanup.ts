import { inLang, type LabCleanup } from '../shared/cleanup.ts';

export const cleanup: LabCleanup = {
  items: [
    {
      resource: 'nubelab-vpc',
      what: { es: 'Los registros de flujo de la VPC', en: 'The VPC\'s flow logs' },
      console: { es: 'VPC → Your VPCs → nubelab-vpc → pestaña Flow logs → Actions → Delete.', en: 'VPC → Your VPCs → nubelab-vpc → Flow logs tab → Actions → Delete.' },
      cost: { es: 'los registros entregados, por GB', en: 'the logs delivered, per GB' },
    },
    {
      resource: 'nubelab-vpc',
      what: {
        es: 'La VPC, con sus subredes, tablas de rutas, puerta de enlace de internet y ACL de red',
        en: 'The VPC, with its subnets, route tables, internet gateway and network ACL',
      },
      console: {
        es: 'VPC → Your VPCs → nubelab-vpc → Actions → Delete VPC (se lleva todo lo que cuelga de ella).',
        en: 'VPC → Your VPCs → nubelab-vpc → Actions → Delete VPC (it takes everything that hangs from it).',
      },
    },
    {
      resource: 'nubelab-flow-logs-<account>',
      what: { es: 'El bucket de los registros de flujo', en: 'The flow logs bucket' },
      console: { es: 'S3 → el bucket → Empty y después Delete.', en: 'S3 → the bucket → Empty, then Delete.' },
      cost: { es: 'el almacenamiento de los registros, por GB y mes', en: 'the logs\' storage, per GB-month' },
    },
  ],
  cli: (lang) => {
    const say = inLang(lang);
    return `export AWS_DEFAULT_REGION=us-east-1
ACCOUNT_ID=$(aws sts get-caller-identity --query Account --output text)
VPC_ID=$(aws ec2 describe-vpcs --filters Name=tag:Name,Values=nubelab-vpc --query 'Vpcs[0].VpcId' --output text)
in_vpc() { aws ec2 "$1" --filters "Name=vpc-id,Values=$VPC_ID" --query "$2" --output text; }

aws ec2 delete-flow-logs --flow-log-ids $(aws ec2 describe-flow-logs \\
  --filter "Name=resource-id,Values=$VPC_ID" --query 'FlowLogs[].FlowLogId' --output text)
aws s3 rb "s3://nubelab-flow-logs-$ACCOUNT_ID" --force
${say('# Primero las subredes: al borrar una se van también sus asociaciones con tablas de rutas y ACL.', '# Subnets first: deleting one also removes its route table and network ACL associations.')}
for s in $(in_vpc describe-subnets 'Subnets[].SubnetId'); do aws ec2 delete-subnet --subnet-id "$s"; done
for a in $(in_vpc describe-network-acls 'NetworkAcls[?!IsDefault].NetworkAclId'); do aws ec2 delete-network-acl --network-acl-id "$a"; done
for r in $(in_vpc describe-route-tables 'RouteTables[?!(Associations[?Main])].RouteTableId'); do aws ec2 delete-route-table --route-table-id "$r"; done
for g in $(aws ec2 describe-internet-gateways --filters "Name=attachment.vpc-id,Values=$VPC_ID" \\
    --query 'InternetGateways[].InternetGatewayId' --output text); do
  aws ec2 detach-internet-gateway --internet-gateway-id "$g" --vpc-id "$VPC_ID"
  aws ec2 delete-internet-gateway --internet-gateway-id "$g"
done
aws ec2 delete-vpc --vpc-id "$VPC_ID"`;
  },
  note: {
    es: 'Si añadiste por tu cuenta una puerta de enlace NAT o puntos de enlace de interfaz, bórralos antes que nada (y libera la IP elástica de la NAT con `aws ec2 release-address`): son lo único de esta red que se cobra por hora.',
    en: 'If you added a NAT gateway or interface endpoints on your own, delete them before anything else (and release the NAT\'s Elastic IP with `aws ec2 release-address`): they are the only parts of this network billed by the hour.',
  },
};
