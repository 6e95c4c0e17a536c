import type {
  BucketLifecycleConfiguration,
  LifecycleRule,
  LifecycleRuleFilter,
  NotificationConfiguration,
  OwnershipControls,
  PublicAccessBlockConfiguration,
  ServerSideEncryptionConfiguration,
  Tag,
  TransitionStorageClass,
  VersioningConfiguration,
} from '@aws-sdk/client-s3';
import { listOf, objectWith, optionalBoolean, optionalInteger, optionalText, text, type PropertyScope } from '../../deploy/handlers/properties.ts';

/**
 * Translates the properties of an `AWS::S3::Bucket` (CloudFormation's shape) into the inputs of
 * the S3 API calls that set them (the SDK's shape). Each property maps to one Put call.
 */
export interface BucketConfig {
  name?: string;
  encryption?: ServerSideEncryptionConfiguration;
  publicAccessBlock?: PublicAccessBlockConfiguration;
  ownership?: OwnershipControls;
  versioning?: VersioningConfiguration;
  lifecycle?: BucketLifecycleConfiguration;
  /** Event notifications to Lambda functions (the only destination the labs use). */
  notifications?: NotificationConfiguration;
  tags?: Tag[];
}

const BUCKET_PROPERTIES = [
  'BucketName',
  'BucketEncryption',
  'PublicAccessBlockConfiguration',
  'OwnershipControls',
  'VersioningConfiguration',
  'LifecycleConfiguration',
  'NotificationConfiguration',
  'Tags',
] as const;

export function bucketConfig(scope: PropertyScope, properties: Readonly<Record<string, unknown>>): BucketConfig {
  const p = objectWith(scope, properties, '', BUCKET_PROPERTIES);
  return {
    name: optionalText(scope, p.BucketName, 'BucketName'),
    encryption: p.BucketEncryption === undefined ? undefined : encryption(scope, p.BucketEncryption),
    publicAccessBlock: p.PublicAccessBlockConfiguration === undefined ? undefined : publicAccessBlock(scope, p.PublicAccessBlockConfiguration),
    ownership: p.OwnershipControls === undefined ? undefined : ownership(scope, p.OwnershipControls),
    versioning: p.VersioningConfiguration === undefined ? undefined : versioning(scope, p.VersioningConfiguration),
    lifecycle: p.LifecycleConfiguration === undefined ? undefined : lifecycle(scope, p.LifecycleConfiguration),
    notifications: p.NotificationConfiguration === undefined ? undefined : notifications(scope, p.NotificationConfiguration),
    tags: p.Tags === undefined ? undefined : tags(scope, p.Tags, 'Tags'),
  };
}

function encryption(scope: PropertyScope, value: unknown): ServerSideEncryptionConfiguration {
  const where = 'BucketEncryption';
  const config = objectWith(scope, value, where, ['ServerSideEncryptionConfiguration']);
  const rules = listOf(scope, config.ServerSideEncryptionConfiguration, `${where}.ServerSideEncryptionConfiguration`, (item, path) => {
    const rule = objectWith(scope, item, path, ['ServerSideEncryptionByDefault', 'BucketKeyEnabled']);
    const byDefault = rule.ServerSideEncryptionByDefault === undefined
      ? undefined
      : objectWith(scope, rule.ServerSideEncryptionByDefault, `${path}.ServerSideEncryptionByDefault`, ['SSEAlgorithm', 'KMSMasterKeyID']);
    return {
      ApplyServerSideEncryptionByDefault: byDefault && {
        SSEAlgorithm: text(scope, byDefault.SSEAlgorithm, `${path}.ServerSideEncryptionByDefault.SSEAlgorithm`) as 'AES256',
        KMSMasterKeyID: optionalText(scope, byDefault.KMSMasterKeyID, `${path}.ServerSideEncryptionByDefault.KMSMasterKeyID`),
      },
      BucketKeyEnabled: optionalBoolean(scope, rule.BucketKeyEnabled, `${path}.BucketKeyEnabled`),
    };
  });
  return { Rules: rules };
}

function publicAccessBlock(scope: PropertyScope, value: unknown): PublicAccessBlockConfiguration {
  const where = 'PublicAccessBlockConfiguration';
  const keys = ['BlockPublicAcls', 'IgnorePublicAcls', 'BlockPublicPolicy', 'RestrictPublicBuckets'] as const;
  const config = objectWith(scope, value, where, keys);
  // An omitted setting is false in CloudFormation, and must be sent as false to replace an old true.
  return Object.fromEntries(keys.map((key) => [key, optionalBoolean(scope, config[key], `${where}.${key}`) ?? false]));
}

function ownership(scope: PropertyScope, value: unknown): OwnershipControls {
  const where = 'OwnershipControls';
  const config = objectWith(scope, value, where, ['Rules']);
  const rules = listOf(scope, config.Rules, `${where}.Rules`, (item, path) => {
    const rule = objectWith(scope, item, path, ['ObjectOwnership']);
    return { ObjectOwnership: text(scope, rule.ObjectOwnership, `${path}.ObjectOwnership`) as 'BucketOwnerEnforced' };
  });
  return { Rules: rules };
}

function versioning(scope: PropertyScope, value: unknown): VersioningConfiguration {
  const config = objectWith(scope, value, 'VersioningConfiguration', ['Status']);
  return { Status: text(scope, config.Status, 'VersioningConfiguration.Status') as 'Enabled' | 'Suspended' };
}

/** CloudFormation's `LambdaConfigurations` (Event, Function, Filter.S3Key.Rules) to S3's `LambdaFunctionConfigurations`. */
function notifications(scope: PropertyScope, value: unknown): NotificationConfiguration {
  const where = 'NotificationConfiguration';
  const config = objectWith(scope, value, where, ['LambdaConfigurations']);
  const lambdas = listOf(scope, config.LambdaConfigurations ?? [], `${where}.LambdaConfigurations`, (item, path) => {
    const c = objectWith(scope, item, path, ['Event', 'Function', 'Filter']);
    const filter = c.Filter === undefined ? undefined : objectWith(scope, c.Filter, `${path}.Filter`, ['S3Key']);
    const key = filter && objectWith(scope, filter.S3Key, `${path}.Filter.S3Key`, ['Rules']);
    const rules = key ? listOf(scope, key.Rules, `${path}.Filter.S3Key.Rules`, (rule, rulePath) => {
      const r = objectWith(scope, rule, rulePath, ['Name', 'Value']);
      return { Name: text(scope, r.Name, `${rulePath}.Name`) as 'prefix' | 'suffix', Value: text(scope, r.Value, `${rulePath}.Value`) };
    }) : undefined;
    return {
      LambdaFunctionArn: text(scope, c.Function, `${path}.Function`),
      Events: [text(scope, c.Event, `${path}.Event`) as 's3:ObjectCreated:*'],
      ...(rules ? { Filter: { Key: { FilterRules: rules } } } : {}),
    };
  });
  return { LambdaFunctionConfigurations: lambdas };
}

function tags(scope: PropertyScope, value: unknown, where: string): Tag[] {
  return listOf(scope, value, where, (item, path) => {
    const tag = objectWith(scope, item, path, ['Key', 'Value']);
    return { Key: text(scope, tag.Key, `${path}.Key`), Value: text(scope, tag.Value, `${path}.Value`) };
  });
}

const RULE_PROPERTIES = [
  'Id',
  'Status',
  'Prefix',
  'TagFilters',
  'ObjectSizeGreaterThan',
  'ObjectSizeLessThan',
  'Transitions',
  'NoncurrentVersionTransitions',
  'NoncurrentVersionExpiration',
  'NoncurrentVersionExpirationInDays',
  'ExpirationInDays',
  'ExpirationDate',
  'ExpiredObjectDeleteMarker',
  'AbortIncompleteMultipartUpload',
] as const;

function lifecycle(scope: PropertyScope, value: unknown): BucketLifecycleConfiguration {
  const config = objectWith(scope, value, 'LifecycleConfiguration', ['Rules']);
  return { Rules: listOf(scope, config.Rules, 'LifecycleConfiguration.Rules', (item, path) => lifecycleRule(scope, item, path)) };
}

function lifecycleRule(scope: PropertyScope, value: unknown, where: string): LifecycleRule {
  const rule = objectWith(scope, value, where, RULE_PROPERTIES);
  const days = (key: string) => optionalInteger(scope, rule[key], `${where}.${key}`);

  const transitions = rule.Transitions === undefined ? undefined : listOf(scope, rule.Transitions, `${where}.Transitions`, (item, path) => {
    const t = objectWith(scope, item, path, ['StorageClass', 'TransitionInDays', 'TransitionDate']);
    return {
      StorageClass: text(scope, t.StorageClass, `${path}.StorageClass`) as TransitionStorageClass,
      Days: optionalInteger(scope, t.TransitionInDays, `${path}.TransitionInDays`),
      Date: dateOf(scope, t.TransitionDate, `${path}.TransitionDate`),
    };
  });
  const noncurrentTransitions = rule.NoncurrentVersionTransitions === undefined
    ? undefined
    : listOf(scope, rule.NoncurrentVersionTransitions, `${where}.NoncurrentVersionTransitions`, (item, path) => {
      const t = objectWith(scope, item, path, ['StorageClass', 'TransitionInDays', 'NewerNoncurrentVersions']);
      return {
        StorageClass: text(scope, t.StorageClass, `${path}.StorageClass`) as TransitionStorageClass,
        NoncurrentDays: optionalInteger(scope, t.TransitionInDays, `${path}.TransitionInDays`),
        NewerNoncurrentVersions: optionalInteger(scope, t.NewerNoncurrentVersions, `${path}.NewerNoncurrentVersions`),
      };
    });

  // Two spellings in CloudFormation: the object, or the older NoncurrentVersionExpirationInDays.
  let noncurrentExpiration: LifecycleRule['NoncurrentVersionExpiration'];
  if (rule.NoncurrentVersionExpiration !== undefined) {
    const path = `${where}.NoncurrentVersionExpiration`;
    const e = objectWith(scope, rule.NoncurrentVersionExpiration, path, ['NoncurrentDays', 'NewerNoncurrentVersions']);
    noncurrentExpiration = {
      NoncurrentDays: optionalInteger(scope, e.NoncurrentDays, `${path}.NoncurrentDays`),
      NewerNoncurrentVersions: optionalInteger(scope, e.NewerNoncurrentVersions, `${path}.NewerNoncurrentVersions`),
    };
  } else if (rule.NoncurrentVersionExpirationInDays !== undefined) {
    noncurrentExpiration = { NoncurrentDays: days('NoncurrentVersionExpirationInDays') };
  }

  const expirationDays = days('ExpirationInDays');
  const expirationDate = dateOf(scope, rule.ExpirationDate, `${where}.ExpirationDate`);
  const expiredMarker = optionalBoolean(scope, rule.ExpiredObjectDeleteMarker, `${where}.ExpiredObjectDeleteMarker`);
  const hasExpiration = expirationDays !== undefined || expirationDate !== undefined || expiredMarker !== undefined;

  let abort: LifecycleRule['AbortIncompleteMultipartUpload'];
  if (rule.AbortIncompleteMultipartUpload !== undefined) {
    const path = `${where}.AbortIncompleteMultipartUpload`;
    const a = objectWith(scope, rule.AbortIncompleteMultipartUpload, path, ['DaysAfterInitiation']);
    abort = { DaysAfterInitiation: optionalInteger(scope, a.DaysAfterInitiation, `${path}.DaysAfterInitiation`) };
  }

  return withoutUndefined({
    ID: optionalText(scope, rule.Id, `${where}.Id`),
    Status: text(scope, rule.Status, `${where}.Status`) as 'Enabled' | 'Disabled',
    Filter: lifecycleFilter(scope, rule, where),
    Transitions: transitions?.map(withoutUndefined),
    NoncurrentVersionTransitions: noncurrentTransitions?.map(withoutUndefined),
    NoncurrentVersionExpiration: noncurrentExpiration && withoutUndefined(noncurrentExpiration),
    Expiration: hasExpiration ? withoutUndefined({ Days: expirationDays, Date: expirationDate, ExpiredObjectDeleteMarker: expiredMarker }) : undefined,
    AbortIncompleteMultipartUpload: abort,
  });
}

/**
 * CloudFormation lists a rule's criteria side by side (Prefix, TagFilters, sizes); the S3 API
 * wants one criterion in Filter, or several under Filter.And. No criteria: the whole bucket.
 */
function lifecycleFilter(scope: PropertyScope, rule: Record<string, unknown>, where: string): LifecycleRuleFilter {
  const prefix = optionalText(scope, rule.Prefix, `${where}.Prefix`);
  const tagFilters = rule.TagFilters === undefined ? [] : tags(scope, rule.TagFilters, `${where}.TagFilters`);
  const greater = optionalInteger(scope, rule.ObjectSizeGreaterThan, `${where}.ObjectSizeGreaterThan`);
  const less = optionalInteger(scope, rule.ObjectSizeLessThan, `${where}.ObjectSizeLessThan`);
  const criteria = [prefix, greater, less].filter((c) => c !== undefined).length + tagFilters.length;
  if (criteria > 1) {
    return { And: withoutUndefined({ Prefix: prefix, Tags: tagFilters.length ? tagFilters : undefined, ObjectSizeGreaterThan: greater, ObjectSizeLessThan: less }) };
  }
  if (tagFilters.length === 1) return { Tag: tagFilters[0] };
  if (greater !== undefined) return { ObjectSizeGreaterThan: greater };
  if (less !== undefined) return { ObjectSizeLessThan: less };
  return { Prefix: prefix ?? '' };
}

function dateOf(scope: PropertyScope, value: unknown, where: string): Date | undefined {
  const iso = optionalText(scope, value, where);
  return iso === undefined ? undefined : new Date(iso);
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
