import type { PolicyStatement } from '../../checker/services/s3/types.ts';
import { PROCESSED_PREFIX, RAW_PREFIX } from './lake.ts';

/**
 * The statements the data-lake lab adds to the s3-bucket lab's bucket policy, for the Glue
 * service role. They are recognised by their Sids, so the reference can add them to whatever
 * policy the bucket has and later remove exactly them.
 */
export const GLUE_STATEMENT_SIDS = ['GlueListRawAndProcessed', 'GlueReadRaw', 'GlueReadWriteProcessed'] as const;

export function glueStatements(bucket: string, roleArn: string): PolicyStatement[] {
  const bucketArn = `arn:aws:s3:::${bucket}`;
  const glue = { AWS: roleArn };
  return [
    {
      Sid: GLUE_STATEMENT_SIDS[0], Effect: 'Allow', Principal: glue, Action: 's3:ListBucket', Resource: bucketArn,
      Condition: { StringLike: { 's3:prefix': [`${RAW_PREFIX}*`, `${PROCESSED_PREFIX}*`] } },
    },
    { Sid: GLUE_STATEMENT_SIDS[1], Effect: 'Allow', Principal: glue, Action: 's3:GetObject', Resource: `${bucketArn}/${RAW_PREFIX}*` },
    { Sid: GLUE_STATEMENT_SIDS[2], Effect: 'Allow', Principal: glue, Action: ['s3:GetObject', 's3:PutObject'], Resource: `${bucketArn}/${PROCESSED_PREFIX}*` },
  ];
}

const isGlueStatement = (s: PolicyStatement) => (GLUE_STATEMENT_SIDS as readonly string[]).includes(s.Sid ?? '');

/** `current`'s statements, minus any earlier copy of the Glue ones, plus the Glue ones. */
export function withGlueStatements(current: PolicyStatement[], bucket: string, roleArn: string): PolicyStatement[] {
  return [...current.filter((s) => !isGlueStatement(s)), ...glueStatements(bucket, roleArn)];
}

/** `current`'s statements without the Glue ones: what the bucket had before the lab. */
export function withoutGlueStatements(current: PolicyStatement[]): PolicyStatement[] {
  return current.filter((s) => !isGlueStatement(s));
}
