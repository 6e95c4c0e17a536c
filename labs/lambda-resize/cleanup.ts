import { inLang, type LabCleanup } from '../shared/cleanup.ts';

export const cleanup: LabCleanup = {
  items: [
    {
      resource: 'nubelab-image-resize',
      what: { es: 'La función y su grupo de registros', en: 'The function and its log group' },
      console: {
        es: 'Lambda → Functions → nubelab-image-resize → Actions → Delete; después CloudWatch → Log groups → /aws/lambda/nubelab-image-resize → Delete.',
        en: 'Lambda → Functions → nubelab-image-resize → Actions → Delete; then CloudWatch → Log groups → /aws/lambda/nubelab-image-resize → Delete.',
      },
      cost: { es: 'los registros guardados en CloudWatch Logs, por GB y mes', en: 'the logs kept in CloudWatch Logs, per GB-month' },
    },
    {
      resource: 'nubelab-image-resize-role',
      what: { es: 'El rol de ejecución, con su política en línea', en: 'The execution role, with its inline policy' },
      console: { es: 'IAM → Roles → nubelab-image-resize-role → Delete.', en: 'IAM → Roles → nubelab-image-resize-role → Delete.' },
    },
    {
      resource: 'nubelab-images-<name>-<account>',
      what: { es: 'El bucket de imágenes, con sus objetos', en: 'The images bucket, with its objects' },
      console: { es: 'S3 → el bucket → Empty y después Delete.', en: 'S3 → the bucket → Empty, then Delete.' },
      cost: { es: 'el almacenamiento de las imágenes, por GB y mes', en: 'the images\' storage, per GB-month' },
    },
  ],
  cli: (lang) => {
    const say = inLang(lang);
    return `export AWS_DEFAULT_REGION=us-east-1
ACCOUNT_ID=$(aws sts get-caller-identity --query Account --output text)
BUCKET=nubelab-images-student-$ACCOUNT_ID   ${say('# cambia student por tu nombre si usaste otro', '# replace student with your name if you used another')}
FUNCTION=nubelab-image-resize
ROLE=nubelab-image-resize-role

aws s3api put-bucket-notification-configuration --bucket "$BUCKET" --notification-configuration '{}'
aws lambda delete-function --function-name "$FUNCTION"
aws logs delete-log-group --log-group-name "/aws/lambda/$FUNCTION"

aws iam delete-role-policy --role-name "$ROLE" --policy-name resize-s3
aws iam detach-role-policy --role-name "$ROLE" \\
  --policy-arn arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole
aws iam delete-role --role-name "$ROLE"

aws s3 rm "s3://$BUCKET" --recursive
aws s3api delete-bucket --bucket "$BUCKET"`;
  },
  note: {
    es: 'Lambda no cobra mientras la función no se ejecuta; lo que queda facturando son los objetos y los registros.',
    en: 'Lambda does not charge while the function is not running; what keeps billing is the objects and the logs.',
  },
};
