import { inLang, type LabCleanup } from '../shared/cleanup.ts';

export const cleanup: LabCleanup = {
  items: [
    {
      resource: 'de-s3access',
      what: { es: 'El perfil de instancia y el rol, con su política en línea', en: 'The instance profile and the role, with its inline policy' },
      console: {
        es: 'IAM → Roles → de-s3access → Delete (la consola borra también su perfil de instancia).',
        en: 'IAM → Roles → de-s3access → Delete (the console also deletes its instance profile).',
      },
    },
    {
      resource: 'taxi-bucket-access',
      what: { es: 'La política administrada, si la creaste como tal', en: 'The managed policy, if you created it as one' },
      console: { es: 'IAM → Policies → taxi-bucket-access → Delete.', en: 'IAM → Policies → taxi-bucket-access → Delete.' },
    },
  ],
  cli: (lang) => {
    const say = inLang(lang);
    return `ROLE=de-s3access
ACCOUNT_ID=$(aws sts get-caller-identity --query Account --output text)

aws iam remove-role-from-instance-profile --instance-profile-name "$ROLE" --role-name "$ROLE"
aws iam delete-instance-profile --instance-profile-name "$ROLE"
aws iam delete-role-policy --role-name "$ROLE" --policy-name taxi-bucket-access   ${say('# política en línea', '# inline policy')}
${say('# Si en cambio es una política administrada:', '# If it is a managed policy instead:')}
#   aws iam detach-role-policy --role-name "$ROLE" --policy-arn "arn:aws:iam::$ACCOUNT_ID:policy/taxi-bucket-access"
#   aws iam delete-policy --policy-arn "arn:aws:iam::$ACCOUNT_ID:policy/taxi-bucket-access"
aws iam delete-role --role-name "$ROLE"`;
  },
  note: {
    es: 'IAM no cobra por roles ni políticas, pero un rol olvidado con permisos es una puerta abierta. Las instancias de los laboratorios de EC2 usan este perfil: termínalas antes.',
    en: 'IAM does not charge for roles or policies, but a forgotten role with permissions is an open door. The EC2 labs\' instances use this profile: terminate them first.',
  },
};
