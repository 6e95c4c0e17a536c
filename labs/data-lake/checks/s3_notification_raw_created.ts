import { defineCheck, fail, pass } from '../../../checker/core/define.ts';
import { withDataLake } from '../../glue-catalog/catalog.ts';
import { RAW_PREFIX } from '../lake.ts';
import { ALL_CREATED, reactsToRaw, whyNot } from '../notification.ts';

export default defineCheck({
  id: 's3_notification_raw_created',
  points: 1,
  title: {
    es: `El bucket avisa de cada objeto nuevo bajo ${RAW_PREFIX} (a EventBridge o a una función)`,
    en: `The bucket announces every new object under ${RAW_PREFIX} (to EventBridge or to a function)`,
  },
  hint: {
    es: `En «Propiedades → Amazon EventBridge», activa «Enviar notificaciones a Amazon EventBridge» (o, con la CLI, incluye "EventBridgeConfiguration": {} en put-bucket-notification-configuration). También vale una notificación a una función Lambda con el evento ${ALL_CREATED} y el prefijo ${RAW_PREFIX}.`,
    en: `Under "Properties → Amazon EventBridge", turn on "Send notifications to Amazon EventBridge" (or, with the CLI, include "EventBridgeConfiguration": {} in put-bucket-notification-configuration). A notification to a Lambda function with event ${ALL_CREATED} and prefix ${RAW_PREFIX} counts too.`,
  },
  run: (ctx) =>
    withDataLake(ctx, async (bucket) => {
      const n = await ctx.s3.notifications(bucket.name);
      const functions = n.lambda.map((f) => ({ id: f.id ?? null, functionArn: f.functionArn, events: f.events, prefix: f.prefix ?? null, suffix: f.suffix ?? null, reactsToRaw: reactsToRaw(f) }));
      const evidence = { resource: bucket.arn, eventBridge: n.eventBridge, functionNotifications: functions, queueNotifications: n.queues, topicNotifications: n.topics };
      if (n.eventBridge) {
        return pass(
          { es: `El bucket ${bucket.name} envía sus eventos a EventBridge, donde una regla puede reaccionar a los objetos nuevos de ${RAW_PREFIX}.`, en: `Bucket ${bucket.name} sends its events to EventBridge, where a rule can react to new objects under ${RAW_PREFIX}.` },
          evidence,
        );
      }
      const reacting = n.lambda.find(reactsToRaw);
      if (reacting) {
        return pass(
          { es: `El bucket ${bucket.name} invoca ${reacting.functionArn} por cada objeto nuevo bajo ${RAW_PREFIX}.`, en: `Bucket ${bucket.name} invokes ${reacting.functionArn} for every new object under ${RAW_PREFIX}.` },
          evidence,
        );
      }
      if (n.lambda.length === 0) {
        return fail(
          { es: `El bucket ${bucket.name} no envía eventos a EventBridge ni tiene notificaciones a funciones.`, en: `Bucket ${bucket.name} neither sends events to EventBridge nor has function notifications.` },
          evidence,
        );
      }
      const reasons = (lang: 'es' | 'en') => n.lambda.map((f) => `${f.id ?? f.functionArn}: ${whyNot(f)[lang]}`).join('; ');
      return fail(
        { es: `Ninguna notificación del bucket ${bucket.name} reacciona solo a los objetos nuevos de ${RAW_PREFIX} (${reasons('es')}).`, en: `No notification of bucket ${bucket.name} reacts to new objects under ${RAW_PREFIX} alone (${reasons('en')}).` },
        evidence,
      );
    }),
});
