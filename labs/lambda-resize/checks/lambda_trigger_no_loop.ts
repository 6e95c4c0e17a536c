import { defineCheck, fail, pass } from '../../../checker/core/define.ts';
import { firesOn, functionTriggers, OUTPUT_PREFIX, withFunction, withPhotoBucket } from '../resize.ts';

/** Keys the function writes: the copies of a photo and of a chart under output/. */
const OUTPUT_SAMPLES = [`${OUTPUT_PREFIX}photo.jpg`, `${OUTPUT_PREFIX}chart.png`, `${OUTPUT_PREFIX}PHOTO.JPG`];

export default defineCheck({
  id: 'lambda_trigger_no_loop',
  cli: 'aws s3api put-bucket-notification-configuration --bucket <bucket> --notification-configuration file://notification.json',
  points: 1,
  needs: ['lambda_trigger_input_created'],
  title: {
    es: 'Lo que escribe la función en output/ no vuelve a invocarla',
    en: 'What the function writes to output/ does not invoke it again',
  },
  hint: {
    es: 'Ninguna notificación hacia la función puede cubrir output/: dales a todas el prefijo input/. Sin prefijo, cada copia reducida dispara otra invocación, y así sin fin.',
    en: 'No notification to the function may cover output/: give every one of them the input/ prefix. Without a prefix, every resized copy triggers another invocation, and so on forever.',
  },
  run: (ctx) =>
    withFunction(ctx, (fn) =>
      withPhotoBucket(ctx, async (bucket) => {
        const triggers = await functionTriggers(ctx, bucket, fn);
        const loops = triggers.flatMap((n) => OUTPUT_SAMPLES.filter((key) => firesOn(n, key)).map((key) => ({ trigger: n.id ?? '(no id)', prefix: n.prefix ?? null, suffix: n.suffix ?? null, firesOn: key })));
        if (loops.length) {
          const { firesOn: key } = loops[0]!;
          return fail(
            {
              es: `Bucle: la función escribe ${key}, esa escritura cumple el filtro de una notificación hacia ${fn.name}, que la invoca otra vez, y escribe de nuevo.`,
              en: `Loop: the function writes ${key}, that write matches the filter of a notification to ${fn.name}, which invokes it again, and it writes again.`,
            },
            { resource: bucket.arn, function: fn.arn, loops, loop: `PutObject ${key} → s3:ObjectCreated → ${fn.name} → PutObject ${OUTPUT_PREFIX}… → …` },
          );
        }
        return pass(
          { es: `Ninguna escritura bajo ${OUTPUT_PREFIX} cumple los filtros de las notificaciones hacia ${fn.name}.`, en: `No write under ${OUTPUT_PREFIX} matches the filters of the notifications to ${fn.name}.` },
          { resource: bucket.arn, function: fn.arn, outputKeysTried: OUTPUT_SAMPLES, triggers: triggers.map((n) => ({ prefix: n.prefix ?? null, suffix: n.suffix ?? null })) },
        );
      })),
});
