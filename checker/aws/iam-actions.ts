/**
 * The IAM action each read operation of the checker needs. The grader policy is built from this
 * table, and a test checks that every operation a real run sends is in it, so the policy can
 * neither miss a permission nor grant one the checker does not use.
 */
export const IAM_ACTION_OF: Record<string, string | null> = {
  'STS:GetCallerIdentity': null, // needs no permission
  'S3:ListBuckets': 's3:ListAllMyBuckets',
  'S3:GetBucketLocation': 's3:GetBucketLocation',
  'S3:GetBucketOwnershipControls': 's3:GetBucketOwnershipControls',
  'S3:GetPublicAccessBlock': 's3:GetBucketPublicAccessBlock',
  'S3:GetBucketVersioning': 's3:GetBucketVersioning',
  'S3:GetBucketEncryption': 's3:GetEncryptionConfiguration',
  'S3:GetBucketPolicy': 's3:GetBucketPolicy',
  'S3:GetBucketLifecycleConfiguration': 's3:GetLifecycleConfiguration',
  'S3:ListObjectsV2': 's3:ListBucket',
  'S3:GetObject': 's3:GetObject',
  'S3Control:GetPublicAccessBlock': 's3:GetAccountPublicAccessBlock',
};

/** A least-privilege, read-only IAM policy for graders' credentials. */
export function graderPolicy() {
  const actions = [...new Set(Object.values(IAM_ACTION_OF).filter((a): a is string => a !== null))].sort();
  return {
    Version: '2012-10-17',
    Statement: [{ Sid: 'NubeLabGraderReadOnly', Effect: 'Allow', Action: actions, Resource: '*' }],
  };
}
