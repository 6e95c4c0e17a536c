import { defineCheck, fail, pass } from '../../../checker/core/define.ts';
import { withDataLake } from '../../glue-catalog/catalog.ts';
import { namesOfKey, withKey } from '../key.ts';

export default defineCheck({
  id: 's3_bucket_kms_encryption',
  points: 1,
  title: {
    es: 'El bucket del data lake cifra por defecto con esta clave (SSE-KMS) y con S3 Bucket Keys',
    en: 'The data-lake bucket encrypts by default with this key (SSE-KMS) and with S3 Bucket Keys',
  },
  hint: {
    es: 'En el bucket, «Propiedades → Cifrado predeterminado → Editar»: elige SSE-KMS, selecciona la clave del alias taxis-datalake y activa «Clave de bucket».',
    en: 'On the bucket, "Properties → Default encryption → Edit": choose SSE-KMS, pick the key of alias taxis-datalake and enable "Bucket Key".',
  },
  cli: 'aws s3api put-bucket-encryption --bucket <bucket> --server-side-encryption-configuration file://encryption.json',
  needs: ['kms_key_exists'],
  run: (ctx) =>
    withKey(ctx, (graded) =>
      withDataLake(ctx, async (bucket) => {
        const [rule] = (await ctx.s3.encryption(bucket.name)) ?? [];
        const evidence = {
          resource: bucket.arn,
          key: graded.key.arn,
          algorithm: rule?.algorithm ?? null,
          kmsMasterKeyId: rule?.kmsKeyId ?? null,
          bucketKeyEnabled: rule?.bucketKeyEnabled ?? false,
        };
        const failWith = (why: { es: string; en: string }) =>
          fail({ es: `El bucket ${bucket.name} ${why.es}.`, en: `Bucket ${bucket.name} ${why.en}.` }, evidence);
        if (rule?.algorithm !== 'aws:kms') {
          return failWith({ es: `cifra por defecto con ${rule?.algorithm || 'nada'}, no con aws:kms`, en: `encrypts by default with ${rule?.algorithm || 'nothing'}, not aws:kms` });
        }
        if (!rule.kmsKeyId) {
          return failWith({ es: 'usa SSE-KMS con la clave administrada por AWS (aws/s3), no con la tuya', en: 'uses SSE-KMS with the AWS managed key (aws/s3), not yours' });
        }
        if (!namesOfKey(graded).includes(rule.kmsKeyId)) {
          return failWith({ es: `cifra con la clave ${rule.kmsKeyId}, no con ${graded.key.id} (${graded.name})`, en: `encrypts with key ${rule.kmsKeyId}, not ${graded.key.id} (${graded.name})` });
        }
        if (!rule.bucketKeyEnabled) {
          return failWith({ es: 'cifra con la clave, pero sin S3 Bucket Keys: cada objeto sería una llamada a KMS', en: 'encrypts with the key but without S3 Bucket Keys: every object would be a call to KMS' });
        }
        return pass(
          { es: `El bucket ${bucket.name} cifra por defecto con la clave ${graded.name} y con S3 Bucket Keys.`, en: `Bucket ${bucket.name} encrypts by default with key ${graded.name} and with S3 Bucket Keys.` },
          evidence,
        );
      })),
});
