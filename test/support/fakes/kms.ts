import type { PolicyDocument } from '../../../checker/aws/policy.ts';
import type { AliasInfo, KeyInfo, KmsReader, RotationStatus } from '../../../checker/services/kms/types.ts';

/** A key described as plain data, for unit tests of KMS checks; unset fields get a new customer managed key's values. */
export interface KeyFixture extends Partial<Omit<KeyInfo, 'id' | 'arn'>> {
  id: string;
  /** Alias names (`alias/…`) that point to this key. */
  aliases?: string[];
  rotation?: RotationStatus;
  policy?: PolicyDocument;
  tags?: Record<string, string>;
}

export interface KmsFixture {
  accountId?: string;
  region?: string;
  keys: KeyFixture[];
}

/** A KMS reader that answers from plain data; like KMS, an unknown key is NotFoundException. */
export function fakeKms(f: KmsFixture): KmsReader {
  const account = f.accountId ?? '123456789012';
  const region = f.region ?? 'us-east-1';
  const arnOf = (resource: string) => `arn:aws:kms:${region}:${account}:${resource}`;
  const key = (id: string) => {
    const k = f.keys.find((x) => x.id === id || arnOf(`key/${x.id}`) === id || x.aliases?.includes(id));
    if (!k) throw Object.assign(new Error(`Key '${id}' does not exist`), { name: 'NotFoundException' });
    return k;
  };
  const info = ({ aliases: _a, rotation: _r, policy: _p, tags: _t, ...k }: KeyFixture): KeyInfo => ({
    arn: arnOf(`key/${k.id}`),
    state: 'Enabled',
    manager: 'CUSTOMER',
    spec: 'SYMMETRIC_DEFAULT',
    usage: 'ENCRYPT_DECRYPT',
    origin: 'AWS_KMS',
    description: '',
    ...k,
  });
  return {
    listAliases: async () => f.keys.flatMap((k) => (k.aliases ?? []).map((name): AliasInfo => ({ name, arn: arnOf(name), targetKeyId: k.id }))),
    describeKey: async (id) => {
      const k = f.keys.find((x) => x.id === id);
      return k && info(k);
    },
    rotation: async (id) => key(id).rotation ?? { enabled: false },
    keyPolicy: async (id) => key(id).policy,
    keyTags: async (id) => key(id).tags ?? {},
  };
}
