import { inLang, type LabCleanup } from '../shared/cleanup.ts';

export const cleanup: LabCleanup = {
  items: [
    {
      resource: 'data-engineer',
      what: { es: 'La instancia, con su disco raíz', en: 'The instance, with its root volume' },
      console: {
        es: 'EC2 → Instances → data-engineer → Instance state → Terminate (delete) instance.',
        en: 'EC2 → Instances → data-engineer → Instance state → Terminate (delete) instance.',
      },
      cost: {
        es: 'cada hora encendida según su tipo, su IPv4 pública (US$0.005 por hora) y el disco por GB y mes, también con la instancia parada',
        en: 'every running hour at its type\'s price, its public IPv4 (US$0.005 per hour) and the disk per GB-month, even while stopped',
      },
    },
    {
      resource: 'data-engineer-sg',
      what: { es: 'El grupo de seguridad', en: 'The security group' },
      console: {
        es: 'EC2 → Security Groups → data-engineer-sg → Actions → Delete security groups (cuando la instancia ya esté terminada).',
        en: 'EC2 → Security Groups → data-engineer-sg → Actions → Delete security groups (once the instance is terminated).',
      },
    },
    {
      resource: 'data-engineer-key',
      what: { es: 'El par de claves, si creaste uno', en: 'The key pair, if you created one' },
      console: { es: 'EC2 → Key Pairs → Actions → Delete, y borra el archivo .pem de tu equipo.', en: 'EC2 → Key Pairs → Actions → Delete, and delete the .pem file on your computer.' },
    },
  ],
  cli: (lang) => {
    const say = inLang(lang);
    return `export AWS_DEFAULT_REGION=us-east-1
INSTANCE_ID=$(aws ec2 describe-instances \\
  --filters Name=tag:Name,Values=data-engineer Name=instance-state-name,Values=pending,running,stopping,stopped \\
  --query 'Reservations[].Instances[].InstanceId' --output text)
aws ec2 terminate-instances --instance-ids $INSTANCE_ID
aws ec2 wait instance-terminated --instance-ids $INSTANCE_ID

aws ec2 delete-security-group --group-id "$(aws ec2 describe-security-groups \\
  --filters Name=group-name,Values=data-engineer-sg --query 'SecurityGroups[0].GroupId' --output text)"
aws ec2 delete-key-pair --key-name data-engineer-key   ${say('# si lo creaste', '# if you created it')}`;
  },
  note: {
    es: 'El rol `de-s3access` y el bucket son de laboratorios anteriores: se borran con su propia limpieza.',
    en: 'The `de-s3access` role and the bucket belong to earlier labs: their own clean-up removes them.',
  },
};
