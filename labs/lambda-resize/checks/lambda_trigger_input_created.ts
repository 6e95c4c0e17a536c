import { defineCheck, fail, pass } from '../../../checker/core/define.ts';
import { CREATE_EVENTS, functionTriggers, INPUT_PREFIX, withFunction, withPhotoBucket } from '../resize.ts';
import type { LambdaNotification } from '../../../checker/services/s3/types.ts';

/** Every create event: `s3:ObjectCreated:*`, or all four kinds listed one by one. */
const coversAllCreates = (n: LambdaNotification) =>
  n.events.includes('s3:ObjectCreated:*') || CREATE_EVENTS.every((e) => n.events.includes(e));

const describe = (n: LambdaNotification) => ({ id: n.id, events: n.events, prefix: n.prefix ?? null, suffix: n.suffix ?? null });

export default defineCheck({
  id: 'lambda_trigger_input_created',
  cli: 'aws s3api put-bucket-notification-configuration --bucket <bucket> --notification-configuration file://notification.json',
  relies: ['lambda.runs-code'],
  points: 1,
  needs: ['lambda_function_python_runtime'],
  title: {
    es: 'El bucket envía a la función todo objeto creado bajo input/',
    en: 'The bucket sends every object created under input/ to the function',
  },
  hint: {
    es: 'En la notificación del bucket (Propiedades → Notificaciones de eventos, o put-bucket-notification-configuration) apunta a la función con el evento s3:ObjectCreated:* y el prefijo input/. Solo Put deja fuera las subidas multiparte de archivos grandes.',
    en: 'In the bucket\'s notification (Properties → Event notifications, or put-bucket-notification-configuration) point at the function with the s3:ObjectCreated:* event and the input/ prefix. Put alone misses the multipart uploads of large files.',
  },
  run: (ctx) =>
    withFunction(ctx, (fn) =>
      withPhotoBucket(ctx, async (bucket) => {
        const triggers = await functionTriggers(ctx, bucket, fn);
        const evidence = { resource: bucket.arn, function: fn.arn, triggers: triggers.map(describe), otherMatchingBuckets: bucket.others };
        if (!triggers.length) {
          return fail({ es: `El bucket ${bucket.name} no tiene ninguna notificación hacia ${fn.name}.`, en: `Bucket ${bucket.name} has no notification to ${fn.name}.` }, evidence);
        }
        const good = triggers.find((n) => coversAllCreates(n) && (n.prefix ?? '').startsWith(INPUT_PREFIX));
        if (good) {
          return pass({ es: `Todo objeto creado bajo ${good.prefix} invoca ${fn.name}.`, en: `Every object created under ${good.prefix} invokes ${fn.name}.` }, evidence);
        }
        if (!triggers.some(coversAllCreates)) {
          return fail(
            { es: `La notificación hacia ${fn.name} no cubre todos los eventos de creación (${triggers[0]!.events.join(', ')}).`, en: `The notification to ${fn.name} does not cover every create event (${triggers[0]!.events.join(', ')}).` },
            evidence,
          );
        }
        return fail(
          { es: `La notificación hacia ${fn.name} no se limita al prefijo ${INPUT_PREFIX}.`, en: `The notification to ${fn.name} is not limited to the ${INPUT_PREFIX} prefix.` },
          evidence,
        );
      })),
});
