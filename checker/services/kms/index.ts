import { defineService } from '../service.ts';
import { KMS_HANDLERS } from './handlers.ts';
import { createKmsReader } from './reader.ts';

/** KMS: customer managed keys, their aliases, rotation, key policy and tags. */
export const kms = defineService({
  name: 'kms',
  readOperations: {
    'KMS:ListAliases': 'kms:ListAliases',
    'KMS:DescribeKey': 'kms:DescribeKey',
    'KMS:GetKeyRotationStatus': 'kms:GetKeyRotationStatus',
    'KMS:GetKeyPolicy': 'kms:GetKeyPolicy',
    'KMS:ListResourceTags': 'kms:ListResourceTags',
  },
  reader: createKmsReader,
  handlers: KMS_HANDLERS,
});

export type { KmsReader } from './types.ts';
