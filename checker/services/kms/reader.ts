import {
  DescribeKeyCommand,
  GetKeyPolicyCommand,
  GetKeyRotationStatusCommand,
  KMSClient,
  ListResourceTagsCommand,
  paginateListAliases,
  type KeyMetadata,
} from '@aws-sdk/client-kms';
import { orUndefinedWhen } from '../../aws/errors.ts';
import type { PolicyDocument } from '../../aws/policy.ts';
import { defineClient, type ReaderDeps } from '../service.ts';
import type { AliasInfo, KeyInfo, KmsReader } from './types.ts';

export const kmsClient = defineClient('KMS', (config) => new KMSClient(config));

/** KMS answers NotFoundException for a key that does not exist (or was deleted after its waiting period). */
export const KEY_MISSING = ['NotFoundException'];

export function toKeyInfo(k: KeyMetadata): KeyInfo {
  return {
    id: k.KeyId ?? '',
    arn: k.Arn ?? '',
    state: k.KeyState ?? '',
    manager: k.KeyManager ?? '',
    spec: k.KeySpec ?? k.CustomerMasterKeySpec ?? '',
    usage: k.KeyUsage ?? '',
    origin: k.Origin ?? '',
    createdAt: k.CreationDate?.toISOString(),
    description: k.Description ?? '',
  };
}

export function createKmsReader({ memo, client: clientOf }: ReaderDeps): KmsReader {
  const client = () => clientOf(kmsClient);
  return {
    listAliases: () =>
      memo('kms:ListAliases', async () => {
        const aliases: AliasInfo[] = [];
        for await (const page of paginateListAliases({ client: client() }, {})) {
          aliases.push(...(page.Aliases ?? []).map((a) => ({ name: a.AliasName ?? '', arn: a.AliasArn ?? '', targetKeyId: a.TargetKeyId })));
        }
        return aliases;
      }),

    describeKey: (keyId) =>
      memo(`kms:DescribeKey:${keyId}`, () =>
        orUndefinedWhen(KEY_MISSING, async () => {
          const { KeyMetadata: k } = await client().send(new DescribeKeyCommand({ KeyId: keyId }));
          return k ? toKeyInfo(k) : undefined;
        })),

    rotation: (keyId) =>
      memo(`kms:GetKeyRotationStatus:${keyId}`, async () => {
        const out = await client().send(new GetKeyRotationStatusCommand({ KeyId: keyId }));
        return { enabled: out.KeyRotationEnabled ?? false, ...(out.RotationPeriodInDays !== undefined ? { periodDays: out.RotationPeriodInDays } : {}) };
      }),

    keyPolicy: (keyId) =>
      memo(`kms:GetKeyPolicy:${keyId}`, () =>
        orUndefinedWhen(KEY_MISSING, async () => {
          const { Policy } = await client().send(new GetKeyPolicyCommand({ KeyId: keyId, PolicyName: 'default' }));
          return Policy ? (JSON.parse(Policy) as PolicyDocument) : undefined;
        })),

    keyTags: (keyId) =>
      memo(`kms:ListResourceTags:${keyId}`, async () => {
        // A key has at most 50 tags: one page holds them all.
        const { Tags = [] } = await client().send(new ListResourceTagsCommand({ KeyId: keyId, Limit: 50 }));
        return Object.fromEntries(Tags.map((t) => [t.TagKey ?? '', t.TagValue ?? '']));
      }),
  };
}
