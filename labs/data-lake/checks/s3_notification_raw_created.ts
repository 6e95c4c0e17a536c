import { defineCheck, fail, pass } from '../../../checker/core/define.ts';
import { withDataLake } from '../../glue-catalog/catalog.ts';
import { RAW_PREFIX } from '../lake.ts';
import { ALL_CREATED, fromFunction, fromQueue, reactsToRaw, whyNot } from '../notification.ts';

export default defineCheck({
  id: 's3_notification_raw_created',
  points: 1,
  title: {
    es: `El bucket avisa de cada objeto nuevo bajo ${RAW_PREFIX} (a EventBridge, a una función o a una cola)`,
    en: `The bucket announces every new object under ${RAW_PREFIX} (to EventBridge, a function or a queue)`,
  },
  hint: {
    es: `En «Propiedades → Amazon EventBridge», activa «Enviar notificaciones a Amazon EventBridge» (o, con la CLI, incluye "EventBridgeConfiguration": {} en put-bucket-notification-configuration). También vale una notificación a una función Lambda o a una cola de SQS con el evento ${ALL_CREATED} y el prefijo ${RAW_PREFIX}.`,
    en: `Under "Properties → Amazon EventBridge", turn on "Send notifications to Amazon EventBridge" (or, with the CLI, include "EventBridgeConfiguration": {} in put-bucket-notification-configuration). A notification to a Lambda function or an SQS queue with event ${ALL_CREATED} and prefix ${RAW_PREFIX} counts too.`,
  },
  cli: 'aws s3api put-bucket-notification-configuration --bucket <bucket> --notification-configuration file://notifications.json',
  relies: ['lambda.runs-code'],
  run: (ctx) =>
    withDataLake(ctx, async (bucket) => {
      const n = await ctx.s3.notifications(bucket.name);
      const direct = [...n.lambda.map(fromFunction), ...n.queues.map(fromQueue)];
      const evidence = {
        resource: bucket.arn,
        eventBridge: n.eventBridge,
        directNotifications: direct.map((d) => ({ id: d.id ?? null, destination: d.destination, events: d.events, prefix: d.prefix ?? null, suffix: d.suffix ?? null, reactsToRaw: reactsToRaw(d) })),
        topicNotifications: n.topics,
      };
      if (n.eventBridge) {
        return pass(
          { es: `El bucket ${bucket.name} envía sus eventos a EventBridge, donde una regla puede reaccionar a los objetos nuevos de ${RAW_PREFIX}.`, en: `Bucket ${bucket.name} sends its events to EventBridge, where a rule can react to new objects under ${RAW_PREFIX}.` },
          evidence,
        );
      }
      const reacting = direct.find(reactsToRaw);
      if (reacting) {
        return pass(
          { es: `El bucket ${bucket.name} avisa a ${reacting.destination} de cada objeto nuevo bajo ${RAW_PREFIX}.`, en: `Bucket ${bucket.name} notifies ${reacting.destination} of every new object under ${RAW_PREFIX}.` },
          evidence,
        );
      }
      if (direct.length === 0) {
        return fail(
          { es: `El bucket ${bucket.name} no envía eventos a EventBridge ni tiene notificaciones a funciones o colas.`, en: `Bucket ${bucket.name} neither sends events to EventBridge nor has notifications to functions or queues.` },
          evidence,
        );
      }
      const reasons = (lang: 'es' | 'en') => direct.map((d) => `${d.id ?? d.destination}: ${whyNot(d)[lang]}`).join('; ');
      return fail(
        { es: `Ninguna notificación del bucket ${bucket.name} reacciona solo a los objetos nuevos de ${RAW_PREFIX} (${reasons('es')}).`, en: `No notification of bucket ${bucket.name} reacts to new objects under ${RAW_PREFIX} alone (${reasons('en')}).` },
        evidence,
      );
    }),
});
