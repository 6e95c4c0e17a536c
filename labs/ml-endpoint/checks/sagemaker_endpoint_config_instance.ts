import { defineCheck, fail, pass } from '../../../checker/core/define.ts';
import { CONFIG_NAME, ENDPOINT_INSTANCE_TYPES, findEndpointConfig, findModel } from '../ml.ts';

const allowed = ENDPOINT_INSTANCE_TYPES.join(', ');

/** The endpoint configuration serves the graded model on one small instance the lesson names, or serverless. */
export default defineCheck({
  id: 'sagemaker_endpoint_config_instance',
  points: 1,
  needs: ['sagemaker_model_uses_artifact'],
  title: { es: `La configuración ${CONFIG_NAME} sirve el modelo en una instancia pequeña o sin servidor`, en: `The ${CONFIG_NAME} configuration serves the model on a small instance or serverless` },
  hint: {
    es: `Crea la configuración ${CONFIG_NAME} con una variante AllTraffic del modelo de la lección y una sola instancia ${allowed}, o con ServerlessConfig. Cada instancia cuesta por hora mientras el endpoint exista.`,
    en: `Create the ${CONFIG_NAME} configuration with an AllTraffic variant of the lesson's model on a single ${allowed} instance, or with ServerlessConfig. Each instance is billed by the hour while the endpoint exists.`,
  },
  cli: `aws sagemaker create-endpoint-config --endpoint-config-name ${CONFIG_NAME} --production-variants VariantName=AllTraffic,ModelName=taxis-fare-model,InstanceType=ml.m5.large,InitialInstanceCount=1`,
  run: async (ctx) => {
    const [{ graded: config, seen }, { graded: model }] = await Promise.all([findEndpointConfig(ctx), findModel(ctx)]);
    if (!config) {
      return fail({ es: `No hay ninguna configuración de endpoint llamada ${CONFIG_NAME} (ni ${CONFIG_NAME}-…).`, en: `There is no endpoint configuration named ${CONFIG_NAME} (nor ${CONFIG_NAME}-…).` }, { lookedFor: { name: CONFIG_NAME, orPrefix: `${CONFIG_NAME}-` }, configsSeen: seen });
    }
    const evidence = { resource: config.arn, model: model?.name ?? null, variants: config.variants, allowedInstanceTypes: [...ENDPOINT_INSTANCE_TYPES], otherMatchingConfigs: config.others };
    const [variant, ...extra] = config.variants;
    if (!variant || extra.length) {
      return fail({ es: `La configuración ${config.name} debe tener exactamente una variante (tiene ${config.variants.length}).`, en: `Configuration ${config.name} must have exactly one variant (it has ${config.variants.length}).` }, evidence);
    }
    if (variant.modelName !== model?.name) {
      return fail({ es: `La configuración ${config.name} sirve el modelo ${variant.modelName}, no ${model?.name}.`, en: `Configuration ${config.name} serves model ${variant.modelName}, not ${model?.name}.` }, evidence);
    }
    if (variant.serverless) {
      return pass({ es: `La configuración ${config.name} sirve ${variant.modelName} sin servidor.`, en: `Configuration ${config.name} serves ${variant.modelName} serverless.` }, evidence);
    }
    const small = (ENDPOINT_INSTANCE_TYPES as readonly string[]).includes(variant.instanceType ?? '');
    if (!small || variant.instanceCount !== 1) {
      return fail({
        es: `La configuración ${config.name} pide ${variant.instanceCount ?? '?'} × ${variant.instanceType ?? '?'}; la lección usa una sola ${allowed} (o sin servidor).`,
        en: `Configuration ${config.name} asks for ${variant.instanceCount ?? '?'} × ${variant.instanceType ?? '?'}; the lesson uses a single ${allowed} (or serverless).`,
      }, evidence);
    }
    return pass({ es: `La configuración ${config.name} sirve ${variant.modelName} en 1 × ${variant.instanceType}.`, en: `Configuration ${config.name} serves ${variant.modelName} on 1 × ${variant.instanceType}.` }, evidence);
  },
});
