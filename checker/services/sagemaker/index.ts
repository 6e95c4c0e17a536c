import { defineService } from '../service.ts';
import { createSageMakerReader } from './reader.ts';

/**
 * SageMaker AI: training jobs, models, endpoint configurations and endpoints. Only Describe/List
 * reads: the checker never invokes an endpoint (an invocation runs the model and is billed).
 * No deploy handlers: the ml-endpoint lab's setup creates what depends on a trained artifact
 * (training is not a CloudFormation resource; see labs/ml-endpoint/setup.ts).
 */
export const sagemaker = defineService({
  name: 'sagemaker',
  readOperations: {
    'SageMaker:ListTrainingJobs': 'sagemaker:ListTrainingJobs',
    'SageMaker:DescribeTrainingJob': 'sagemaker:DescribeTrainingJob',
    'SageMaker:ListModels': 'sagemaker:ListModels',
    'SageMaker:DescribeModel': 'sagemaker:DescribeModel',
    'SageMaker:ListEndpointConfigs': 'sagemaker:ListEndpointConfigs',
    'SageMaker:DescribeEndpointConfig': 'sagemaker:DescribeEndpointConfig',
    'SageMaker:ListEndpoints': 'sagemaker:ListEndpoints',
    'SageMaker:DescribeEndpoint': 'sagemaker:DescribeEndpoint',
  },
  reader: createSageMakerReader,
  handlers: [],
});

export type { SageMakerReader } from './types.ts';
