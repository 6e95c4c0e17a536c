import { InvokeEndpointCommand, SageMakerRuntimeClient } from '@aws-sdk/client-sagemaker-runtime';
import { defineClient } from '../../checker/services/service.ts';

/**
 * SageMaker Runtime, for the reference deploy's own test request (and the lab's tests). Not a
 * checker service: InvokeEndpoint runs the model and is billed, so no check ever sends it (the
 * read-only guard would refuse it anyway: it is not a declared read).
 */
export const sageMakerRuntimeClient = defineClient('SageMakerRuntime', (config) => new SageMakerRuntimeClient(config));

/** Sends CSV trips to an endpoint; resolves with the JSON answer as text. */
export async function predict(client: SageMakerRuntimeClient, endpoint: string, csv: string): Promise<string> {
  const out = await client.send(new InvokeEndpointCommand({ EndpointName: endpoint, ContentType: 'text/csv', Accept: 'application/json', Body: new TextEncoder().encode(csv) }));
  return new TextDecoder().decode(out.Body);
}
