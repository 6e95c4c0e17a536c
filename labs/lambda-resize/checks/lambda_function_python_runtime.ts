import { defineCheck, fail, pass } from '../../../checker/core/define.ts';
import { FUNCTION_NAME, SUPPORTED_PYTHON, withFunction } from '../resize.ts';

export default defineCheck({
  id: 'lambda_function_python_runtime',
  cli: 'aws lambda update-function-configuration --function-name nubelab-image-resize --runtime python3.13',
  points: 1,
  title: { es: `Existe la función ${FUNCTION_NAME} en un runtime de Python vigente`, en: `The ${FUNCTION_NAME} function exists on a supported Python runtime` },
  hint: {
    es: `Crea la función ${FUNCTION_NAME} con el runtime python3.13 (o python3.14) y un paquete .zip; python3.9 ya no recibe parches y AWS bloquea crear funciones con él.`,
    en: `Create the ${FUNCTION_NAME} function with the python3.13 runtime (or python3.14) and a .zip package; python3.9 gets no more patches and AWS blocks creating functions on it.`,
  },
  run: (ctx) =>
    withFunction(ctx, async (fn) => {
      const evidence = {
        resource: fn.arn, runtime: fn.runtime ?? `(${fn.packageType})`, handler: fn.handler, timeoutSeconds: fn.timeoutSeconds,
        memoryMb: fn.memoryMb, architectures: fn.architectures, supported: SUPPORTED_PYTHON, otherMatchingFunctions: fn.others,
      };
      if (!fn.runtime || !SUPPORTED_PYTHON.includes(fn.runtime)) {
        const runtime = fn.runtime ?? (fn.packageType === 'Image' ? 'una imagen de contenedor' : 'ninguno');
        const runtimeEn = fn.runtime ?? (fn.packageType === 'Image' ? 'a container image' : 'none');
        return fail(
          { es: `La función ${fn.name} usa ${runtime}, que no es un runtime de Python vigente en Lambda.`, en: `Function ${fn.name} uses ${runtimeEn}, which is not a supported Python runtime in Lambda.` },
          evidence,
        );
      }
      return pass({ es: `La función ${fn.name} usa ${fn.runtime}.`, en: `Function ${fn.name} uses ${fn.runtime}.` }, evidence);
    }),
});
