import { inLang, type LabCleanup } from '../shared/cleanup.ts';

export const cleanup: LabCleanup = {
  items: [
    {
      resource: 'nubelab-web-1, nubelab-web-2',
      what: { es: 'Las dos instancias web, con sus discos', en: 'The two web instances, with their disks' },
      console: {
        es: 'EC2 → Instances → marca las dos → Instance state → Terminate (delete) instance.',
        en: 'EC2 → Instances → select both → Instance state → Terminate (delete) instance.',
      },
      cost: {
        es: 'cada hora encendida de cada instancia, sus IPv4 públicas (US$0.005 por hora cada una) y sus discos',
        en: 'every running hour of each instance, their public IPv4 addresses (US$0.005 per hour each) and their disks',
      },
    },
    {
      resource: 'nubelab-web-sg',
      what: { es: 'El grupo de seguridad de la capa web', en: 'The web tier\'s security group' },
      console: {
        es: 'EC2 → Security Groups → nubelab-web-sg → Actions → Delete security groups (cuando las instancias ya estén terminadas).',
        en: 'EC2 → Security Groups → nubelab-web-sg → Actions → Delete security groups (once the instances are terminated).',
      },
    },
  ],
  cli: (lang) => {
    const say = inLang(lang);
    return `export AWS_DEFAULT_REGION=us-east-1
IDS=$(aws ec2 describe-instances \\
  --filters 'Name=tag:Name,Values=nubelab-web-*' Name=instance-state-name,Values=pending,running,stopping,stopped \\
  --query 'Reservations[].Instances[].InstanceId' --output text)
aws ec2 terminate-instances --instance-ids $IDS
aws ec2 wait instance-terminated --instance-ids $IDS

aws ec2 delete-security-group --group-id "$(aws ec2 describe-security-groups \\
  --filters Name=group-name,Values=nubelab-web-sg --query 'SecurityGroups[0].GroupId' --output text)"`;
  },
  note: {
    es: 'El perfil `de-s3access` es del laboratorio del rol: se borra con su propia limpieza.',
    en: 'The `de-s3access` profile belongs to the role lab: its own clean-up removes it.',
  },
};
