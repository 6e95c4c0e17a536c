import { defineCheck, fail, pass } from '../../../checker/core/define.ts';
import type { CheckContext } from '../../../checker/core/types.ts';
import { HEADER_BYTES, imageInfo, type ImageInfo } from '../images.ts';
import { firesOn, functionTriggers, INPUT_PREFIX, MAX_SIZE, OUTPUT_PREFIX, withFunction, withPhotoBucket, type PhotoBucket } from '../resize.ts';

/** How many photos under input/ are compared at most: enough for a lab, and a bounded read. */
const MAX_PHOTOS = 50;

/** How the evidence shows a copy that exists but is not a JPEG or PNG (a traceback written by mistake…). */
const NOT_AN_IMAGE = 'not a JPEG or PNG';

const size = (i: ImageInfo) => `${i.width}×${i.height} ${i.type}`;

async function imageAt(ctx: CheckContext, bucket: PhotoBucket, key: string): Promise<ImageInfo | undefined> {
  return imageInfo(await ctx.s3.readObjectBytes(bucket.name, key, HEADER_BYTES));
}

export default defineCheck({
  id: 'lambda_resize_outputs_fit',
  cli: 'aws s3 cp labs/lambda-resize/samples/street.jpg s3://<bucket>/input/street.jpg && aws s3 ls s3://<bucket>/output/',
  relies: ['lambda.runs-code'],
  points: 1,
  needs: ['lambda_function_python_runtime'],
  title: {
    es: `Cada foto subida a input/ tiene su copia en output/ de ${MAX_SIZE} px como máximo`,
    en: `Every photo uploaded to input/ has its copy in output/ of at most ${MAX_SIZE} px`,
  },
  hint: {
    es: `Sube al menos una foto JPEG o PNG a input/ (por ejemplo labs/lambda-resize/samples/street.jpg) y espera unos segundos: la función debe dejar en output/ una copia con el mismo nombre cuyo lado mayor no pase de ${MAX_SIZE} px. Si no aparece, mira el grupo de logs /aws/lambda/<función>.`,
    en: `Upload at least one JPEG or PNG photo to input/ (for example labs/lambda-resize/samples/street.jpg) and wait a few seconds: the function must leave a copy with the same name in output/ whose longest side is at most ${MAX_SIZE} px. If none appears, read the /aws/lambda/<function> log group.`,
  },
  run: (ctx) =>
    withFunction(ctx, (fn) =>
      withPhotoBucket(ctx, async (bucket) => {
        const triggers = await functionTriggers(ctx, bucket, fn);
        const inputs = (await ctx.s3.listObjects(bucket.name, INPUT_PREFIX, MAX_PHOTOS)).filter((o) => !o.key.endsWith('/') && o.size > 0);
        const outputs = new Set((await ctx.s3.listObjects(bucket.name, OUTPUT_PREFIX, 1000)).map((o) => o.key));
        // With a trigger, only what it fires on is the function's work; without one, every photo is.
        const covered = inputs.filter((o) => !triggers.length || triggers.some((n) => firesOn(n, o.key)));
        const notCovered = inputs.filter((o) => !covered.includes(o)).map((o) => o.key);

        const compared: { input: string; inputSize: string; output: string; outputSize: string | null; fits: boolean }[] = [];
        const notImages: string[] = [];
        for (const photo of covered) {
          const original = await imageAt(ctx, bucket, photo.key);
          if (!original) {
            notImages.push(photo.key);
            continue;
          }
          const outKey = OUTPUT_PREFIX + photo.key.slice(INPUT_PREFIX.length);
          const exists = outputs.has(outKey);
          const copy = exists ? await imageAt(ctx, bucket, outKey) : undefined;
          const fits = copy !== undefined && copy.width <= MAX_SIZE && copy.height <= MAX_SIZE;
          compared.push({ input: photo.key, inputSize: size(original), output: outKey, outputSize: copy ? size(copy) : exists ? NOT_AN_IMAGE : null, fits });
        }
        const evidence = { resource: bucket.arn, function: fn.arn, maxSize: MAX_SIZE, compared, ...(notImages.length ? { notImages } : {}), ...(notCovered.length ? { notCoveredByTrigger: notCovered } : {}) };

        if (!compared.length) {
          return fail(
            { es: `No hay ninguna foto JPEG o PNG bajo ${INPUT_PREFIX} en ${bucket.name} que la función deba procesar.`, en: `There is no JPEG or PNG photo under ${INPUT_PREFIX} in ${bucket.name} for the function to process.` },
            evidence,
          );
        }
        const missing = compared.filter((c) => c.outputSize === null);
        if (missing.length) {
          const list = missing.map((c) => c.output).join(', ');
          return fail({ es: `Falta la copia reducida: ${list}.`, en: `The resized copy is missing: ${list}.` }, evidence);
        }
        const broken = compared.filter((c) => c.outputSize === NOT_AN_IMAGE);
        if (broken.length) {
          const list = broken.map((c) => c.output).join(', ');
          return fail({ es: `Estas copias no son imágenes JPEG ni PNG: ${list}.`, en: `These copies are not JPEG or PNG images: ${list}.` }, evidence);
        }
        const tooBig = compared.filter((c) => !c.fits);
        if (tooBig.length) {
          const list = tooBig.map((c) => `${c.output} (${c.outputSize})`).join(', ');
          return fail({ es: `Estas copias pasan de ${MAX_SIZE} px: ${list}.`, en: `These copies are larger than ${MAX_SIZE} px: ${list}.` }, evidence);
        }
        const n = compared.length;
        return pass(
          { es: n === 1 ? `La foto de ${INPUT_PREFIX} tiene su copia reducida en ${OUTPUT_PREFIX}.` : `Las ${n} fotos de ${INPUT_PREFIX} tienen su copia reducida en ${OUTPUT_PREFIX}.`, en: n === 1 ? `The photo in ${INPUT_PREFIX} has its resized copy in ${OUTPUT_PREFIX}.` : `All ${n} photos in ${INPUT_PREFIX} have their resized copy in ${OUTPUT_PREFIX}.` },
          evidence,
        );
      })),
});
