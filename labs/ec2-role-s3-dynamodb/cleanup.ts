import { inLang, type LabCleanup } from '../shared/cleanup.ts';

export const cleanup: LabCleanup = {
  items: [
    {
      resource: 'taxi-ec2-app-role',
      what: { es: 'El perfil de instancia y el rol', en: 'The instance profile and the role' },
      console: {
        es: 'IAM → Roles → taxi-ec2-app-role → Delete (la consola borra también su perfil de instancia).',
        en: 'IAM → Roles → taxi-ec2-app-role → Delete (the console also deletes its instance profile).',
      },
    },
    {
      resource: 'taxi-ec2-app-s3, taxi-ec2-app-dynamodb',
      what: { es: 'Las políticas administradas del rol', en: 'The role\'s managed policies' },
      console: { es: 'IAM → Policies → cada una → Delete.', en: 'IAM → Policies → each one → Delete.' },
    },
  ],
  cli: (lang) => {
    const say = inLang(lang);
    return `ROLE=taxi-ec2-app-role

${say('# Separa y borra las políticas propias del rol, sea la única de la consola o las dos de la CLI.', '# Detaches and deletes the role\'s own policies, whether the console\'s single one or the CLI\'s two.')}
for POLICY_ARN in $(aws iam list-attached-role-policies --role-name "$ROLE" \\
    --query 'AttachedPolicies[].PolicyArn' --output text); do
  aws iam detach-role-policy --role-name "$ROLE" --policy-arn "$POLICY_ARN"
  aws iam delete-policy --policy-arn "$POLICY_ARN"
done
aws iam remove-role-from-instance-profile --instance-profile-name "$ROLE" --role-name "$ROLE"
aws iam delete-instance-profile --instance-profile-name "$ROLE"
aws iam delete-role --role-name "$ROLE"`;
  },
  note: {
    es: 'IAM no cobra por roles ni políticas. Si creaste la tabla `taxi-trips` para probar, bórrala también (DynamoDB → Tables → Delete, o `aws dynamodb delete-table --table-name taxi-trips`): cobra por almacenamiento y, en modo aprovisionado, por capacidad.',
    en: 'IAM does not charge for roles or policies. If you created the `taxi-trips` table to try it, delete it too (DynamoDB → Tables → Delete, or `aws dynamodb delete-table --table-name taxi-trips`): it bills for storage and, in provisioned mode, for capacity.',
  },
};
