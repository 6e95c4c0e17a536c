import { inLang, type LabCleanup } from '../shared/cleanup.ts';

export const cleanup: LabCleanup = {
  items: [
    {
      resource: 'taxis-raw-object-created',
      what: { es: 'La regla de EventBridge de la lección y su destino, si la creaste', en: 'The lesson\'s EventBridge rule and its target, if you created it' },
      console: {
        es: 'Amazon EventBridge → Rules → taxis-raw-object-created → Delete (borra también la función de destino si era solo para esto).',
        en: 'Amazon EventBridge → Rules → taxis-raw-object-created → Delete (delete its target function too if it was only for this).',
      },
      cost: { es: 'cada invocación de la función de destino', en: 'every invocation of the target function' },
    },
    {
      resource: 'EventBridgeConfiguration',
      what: { es: 'El envío de los eventos del bucket a EventBridge', en: 'The bucket sending its events to EventBridge' },
      console: { es: 'S3 → el bucket → Properties → Amazon EventBridge → Edit → Off.', en: 'S3 → the bucket → Properties → Amazon EventBridge → Edit → Off.' },
    },
    {
      resource: 'GlueListRaw, GlueReadRaw, GlueReadWriteProcessed',
      what: { es: 'Las instrucciones de Glue de la política del bucket (la de TLS se queda)', en: 'The Glue statements of the bucket policy (the TLS one stays)' },
      console: {
        es: 'S3 → el bucket → Permissions → Bucket policy → Edit: borra las tres instrucciones por su Sid y guarda.',
        en: 'S3 → the bucket → Permissions → Bucket policy → Edit: delete the three statements by their Sid and save.',
      },
    },
  ],
  cli: (lang) => {
    const say = inLang(lang);
    return `export AWS_DEFAULT_REGION=us-east-1
ACCOUNT_ID=$(aws sts get-caller-identity --query Account --output text)
BUCKET=taxis-datalake-student-$ACCOUNT_ID   ${say('# cambia student por tu nombre si usaste otro', '# replace student with your name if you used another')}
WORKDIR=$(mktemp -d)

${say('# La regla de la lección, si la creaste (si no, estas dos líneas solo avisan)', '# The lesson\'s rule, if you created it (if not, these two lines only complain)')}
aws events remove-targets --rule taxis-raw-object-created --ids start-glue || true
aws events delete-rule --name taxis-raw-object-created || true

${say('# EventBridge apagado, las demás notificaciones intactas', '# EventBridge off, any other notifications kept')}
aws s3api get-bucket-notification-configuration --bucket "$BUCKET" > "$WORKDIR/n.json"
python3 -c 'import json, sys; t = open(sys.argv[1]).read(); c = json.loads(t) if t.strip() else {}; c.pop("EventBridgeConfiguration", None); print(json.dumps(c))' "$WORKDIR/n.json" > "$WORKDIR/notifications.json"
aws s3api put-bucket-notification-configuration --bucket "$BUCKET" \\
  --notification-configuration "file://$WORKDIR/notifications.json"

${say('# Las instrucciones de Glue fuera; la que exige TLS se queda', '# The Glue statements out; the one that requires TLS stays')}
aws s3api get-bucket-policy --bucket "$BUCKET" --query Policy --output text > "$WORKDIR/p.json"
python3 -c 'import json, sys; p = json.load(open(sys.argv[1])); p["Statement"] = [s for s in p["Statement"] if s.get("Sid") not in ("GlueListRaw", "GlueReadRaw", "GlueReadWriteProcessed")]; print(json.dumps(p))' "$WORKDIR/p.json" > "$WORKDIR/policy.json"
aws s3api put-bucket-policy --bucket "$BUCKET" --policy "file://$WORKDIR/policy.json"
rm -rf "$WORKDIR"`;
  },
  note: {
    es: 'El bucket, la muestra y el rol de Glue son de los laboratorios del bucket S3 y de Glue: se limpian con ellos. Si desplegaste la referencia en AWS, npx nubelab destroy data-lake quita su función taxis-raw-arrivals, su disparador y sus instrucciones, y deja la política como estaba.',
    en: 'The bucket, the sample and the Glue role belong to the S3 bucket and Glue labs: they are cleaned up with them. If you deployed the reference on AWS, npx nubelab destroy data-lake removes its taxis-raw-arrivals function, its trigger and its statements, and leaves the policy as it was.',
  },
};
