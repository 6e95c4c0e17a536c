import { defineCheck, fail, pass } from '../../../checker/core/define.ts';
import { closed, ENDPOINT_NAME, findEndpoint, findEndpointConfig } from '../ml.ts';

/**
 * The endpoint uses the graded configuration and is InService. Only DescribeEndpoint is read: the
 * checker never invokes the endpoint (that runs the model, is billed, and is not a read).
 */
export default defineCheck({
  id: 'sagemaker_endpoint_in_service',
  points: 1,
  needs: ['sagemaker_endpoint_config_instance'],
  title: { es: `El endpoint ${ENDPOINT_NAME} está InService con esa configuración`, en: `The ${ENDPOINT_NAME} endpoint is InService with that configuration` },
  hint: {
    es: `Crea el endpoint ${ENDPOINT_NAME} con la configuración de la lección y espera a InService (en AWS, unos minutos). Si queda en Failed, lee FailureReason y el registro /aws/sagemaker/Endpoints/${ENDPOINT_NAME}.`,
    en: `Create the ${ENDPOINT_NAME} endpoint with the lesson's configuration and wait for InService (a few minutes on AWS). If it ends Failed, read FailureReason and the /aws/sagemaker/Endpoints/${ENDPOINT_NAME} log.`,
  },
  cli: `aws sagemaker create-endpoint --endpoint-name ${ENDPOINT_NAME} --endpoint-config-name taxis-fare-config && aws sagemaker wait endpoint-in-service --endpoint-name ${ENDPOINT_NAME}`,
  run: async (ctx) => {
    const [{ graded: endpoint, seen }, { graded: config }] = await Promise.all([findEndpoint(ctx), findEndpointConfig(ctx)]);
    if (!endpoint) {
      return fail({ es: `No hay ningún endpoint llamado ${ENDPOINT_NAME} (ni ${ENDPOINT_NAME}-…).`, en: `There is no endpoint named ${ENDPOINT_NAME} (nor ${ENDPOINT_NAME}-…).` }, { lookedFor: { name: ENDPOINT_NAME, orPrefix: `${ENDPOINT_NAME}-` }, endpointsSeen: seen });
    }
    const evidence = { resource: endpoint.arn, status: endpoint.status, configName: endpoint.configName ?? null, expectedConfig: config?.name ?? null, failureReason: endpoint.failureReason ?? null, otherMatchingEndpoints: endpoint.others };
    if (endpoint.configName !== config?.name) {
      return fail({ es: `El endpoint ${endpoint.name} usa la configuración ${endpoint.configName}, no ${config?.name}.`, en: `Endpoint ${endpoint.name} uses configuration ${endpoint.configName}, not ${config?.name}.` }, evidence);
    }
    if (endpoint.status !== 'InService') {
      const why = endpoint.failureReason ? ` ${closed(endpoint.failureReason)}` : '';
      return fail({ es: `El endpoint ${endpoint.name} está ${endpoint.status}, no InService.${why}`, en: `Endpoint ${endpoint.name} is ${endpoint.status}, not InService.${why}` }, evidence);
    }
    return pass({ es: `El endpoint ${endpoint.name} está InService con ${endpoint.configName}.`, en: `Endpoint ${endpoint.name} is InService with ${endpoint.configName}.` }, evidence);
  },
});
