import { describe, expect, it } from 'vitest';
import {
  AccessQuestionError,
  canDo,
  describeAnswer,
  evaluateAll,
  PolicyDocumentError,
  type AccessQuestion,
  type IdentityPolicy,
} from '../../../checker/judgements/iam-access.ts';

// The real library, no mocks: these tests pin how IAM evaluation answers the labs' questions.

const ROLE = 'arn:aws:iam::123456789012:role/taxi-ec2-app-role';
const BUCKET = 'arn:aws:s3:::taxis-datalake-ana-123456789012';
const TABLE = 'arn:aws:dynamodb:us-east-1:123456789012:table/taxi-trips';

const doc = (...Statement: object[]) => ({ Version: '2012-10-17', Statement }) as IdentityPolicy['document'];
const inline = (name: string, document: IdentityPolicy['document']): IdentityPolicy => ({ name, kind: 'inline', document });

// The lesson's project policy: list the bucket (only under raw/ and processed/), read raw/, write processed/.
const projectPolicy = (withPrefixCondition: boolean) =>
  inline(
    'taxi-project',
    doc(
      {
        Sid: 'ListTaxiBucket',
        Effect: 'Allow',
        Action: 's3:ListBucket',
        Resource: BUCKET,
        ...(withPrefixCondition ? { Condition: { StringLike: { 's3:prefix': ['raw/*', 'processed/*'] } } } : {}),
      },
      { Sid: 'ReadRaw', Effect: 'Allow', Action: 's3:GetObject', Resource: `${BUCKET}/raw/*` },
      { Sid: 'WriteProcessed', Effect: 'Allow', Action: 's3:PutObject', Resource: `${BUCKET}/processed/*` },
    ),
  );

// "Can list the bucket" carries the prefix the lesson lists (raw/): with the s3:prefix condition,
// a listing with no prefix is denied by AWS too, so a question without it would test something else.
const LIST_RAW: AccessQuestion = { action: 's3:ListBucket', resource: BUCKET, context: { 's3:prefix': 'raw/' } };

const projectQuestions: [AccessQuestion, boolean][] = [
  [LIST_RAW, true],
  [{ action: 's3:GetObject', resource: `${BUCKET}/raw/x` }, true],
  [{ action: 's3:PutObject', resource: `${BUCKET}/processed/x` }, true],
  [{ action: 's3:PutObject', resource: `${BUCKET}/raw/x` }, false],
  [{ action: 's3:DeleteObject', resource: `${BUCKET}/raw/x` }, false],
  [{ action: 's3:GetObject', resource: 'arn:aws:s3:::another-bucket/raw/x' }, false],
  [{ action: 's3:PutBucketPolicy', resource: BUCKET }, false],
  [{ action: 'iam:CreateUser', resource: 'arn:aws:iam::123456789012:user/mallory' }, false],
];

async function expectProjectAnswers(policies: IdentityPolicy[]) {
  const answers = await evaluateAll(ROLE, policies, projectQuestions.map(([q]) => q));
  expect(answers.map((a) => [a.action, a.resource, a.allowed])).toEqual(projectQuestions.map(([q, allowed]) => [q.action, q.resource, allowed]));
  for (const a of answers) expect(a.decision).toBe(a.allowed ? 'allowed' : 'implicit-deny');
  return answers;
}

describe('canDo: the lesson project policy', () => {
  it.each([false, true])('answers every lab question (s3:prefix condition: %s)', async (withCondition) => {
    const answers = await expectProjectAnswers([projectPolicy(withCondition)]);
    expect(answers[1]!.decidedBy).toEqual({ policy: 'taxi-project', kind: 'inline', sid: 'ReadRaw', statementIndex: 1 });
    expect(answers[2]!.decidedBy).toEqual({ policy: 'taxi-project', kind: 'inline', sid: 'WriteProcessed', statementIndex: 2 });
    expect(answers[3]!.decidedBy).toBeUndefined();
    expect(answers[3]!.notAllowedBy).toBe('identity-policies');
  });

  it('with the s3:prefix condition, listing needs a prefix the condition allows, as in AWS', async () => {
    const policies = [projectPolicy(true)];
    const list = (context?: AccessQuestion['context']) => canDo(ROLE, policies, { action: 's3:ListBucket', resource: BUCKET, ...(context ? { context } : {}) });
    expect((await list({ 's3:prefix': 'processed/2025/' })).allowed).toBe(true);
    expect((await list({ 's3:prefix': 'curated/' })).allowed).toBe(false);
    // No prefix at all (listing the bucket root) is denied, and the answer says which key was missing.
    const root = await list();
    expect(root.allowed).toBe(false);
    expect(root.missingContextKeys).toEqual(['s3:prefix']);
  });

  it('the same permissions split across statements or across an inline and a managed policy give the same answers', async () => {
    const split = inline(
      'split',
      doc(
        { Effect: 'Allow', Action: 's3:ListBucket', Resource: BUCKET },
        { Effect: 'Allow', Action: 's3:GetObject', Resource: `${BUCKET}/raw/*` },
        { Effect: 'Allow', Action: ['s3:PutObject'], Resource: [`${BUCKET}/processed/*`] },
      ),
    );
    await expectProjectAnswers([split]);

    const managedArn = 'arn:aws:iam::123456789012:policy/taxi-write-processed';
    const answers = await expectProjectAnswers([
      inline('taxi-read', doc({ Effect: 'Allow', Action: 's3:ListBucket', Resource: BUCKET }, { Effect: 'Allow', Action: 's3:GetObject', Resource: `${BUCKET}/raw/*` })),
      { name: 'taxi-write-processed', kind: 'managed', arn: managedArn, document: doc({ Effect: 'Allow', Action: 's3:PutObject', Resource: `${BUCKET}/processed/*` }) },
    ]);
    expect(answers[2]!.decidedBy).toEqual({ policy: 'taxi-write-processed', kind: 'managed', arn: managedArn, statementIndex: 0 });
  });

  it('two policies with the same name are told apart', async () => {
    const a = await canDo(ROLE, [inline('s3', doc({ Effect: 'Allow', Action: 's3:GetObject', Resource: `${BUCKET}/raw/*` })), { name: 's3', kind: 'managed', document: doc({ Effect: 'Allow', Action: 's3:PutObject', Resource: '*' }) }], {
      action: 's3:PutObject',
      resource: `${BUCKET}/raw/x`,
    });
    expect(a.decidedBy?.kind).toBe('managed');
  });
});

describe('canDo: broad policies and denies', () => {
  // The real AmazonS3FullAccess (version v2): one statement, no Sid.
  const amazonS3FullAccess: IdentityPolicy = {
    name: 'AmazonS3FullAccess',
    kind: 'aws-managed',
    arn: 'arn:aws:iam::aws:policy/AmazonS3FullAccess',
    document: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['s3:*', 's3-object-lambda:*'], Resource: '*' }] }),
  };

  it('AmazonS3FullAccess allows DeleteObject, and the evidence names it', async () => {
    const a = await canDo(ROLE, [projectPolicy(true), amazonS3FullAccess], { action: 's3:DeleteObject', resource: `${BUCKET}/raw/x` });
    expect(a.decision).toBe('allowed');
    expect(a.decidedBy).toEqual({ policy: 'AmazonS3FullAccess', kind: 'aws-managed', arn: 'arn:aws:iam::aws:policy/AmazonS3FullAccess', statementIndex: 0 });
    expect(describeAnswer(a)).toBe(`s3:DeleteObject on ${BUCKET}/raw/x is allowed by policy AmazonS3FullAccess, statement 0`);
  });

  it('an explicit Deny beats s3:* and is named as the decider', async () => {
    const policy = inline(
      's3-no-delete',
      doc({ Effect: 'Allow', Action: 's3:*', Resource: '*' }, { Sid: 'NoDelete', Effect: 'Deny', Action: 's3:DeleteObject', Resource: '*' }),
    );
    const del = await canDo(ROLE, [policy], { action: 's3:DeleteObject', resource: `${BUCKET}/raw/x` });
    expect(del).toMatchObject({ allowed: false, decision: 'explicit-deny', decidedBy: { policy: 's3-no-delete', sid: 'NoDelete', statementIndex: 1 } });
    expect(describeAnswer(del)).toBe(`s3:DeleteObject on ${BUCKET}/raw/x is explicitly denied by policy s3-no-delete, statement 1 (NoDelete)`);
    expect((await canDo(ROLE, [policy], { action: 's3:GetObject', resource: `${BUCKET}/raw/x` })).allowed).toBe(true);
  });

  it('a Deny in another policy also wins', async () => {
    const a = await canDo(ROLE, [amazonS3FullAccess, inline('guard', doc({ Effect: 'Deny', Action: 's3:PutBucketPolicy', Resource: BUCKET }))], { action: 's3:PutBucketPolicy', resource: BUCKET });
    expect(a).toMatchObject({ decision: 'explicit-deny', decidedBy: { policy: 'guard', statementIndex: 0 } });
  });

  it('NotAction and NotResource are evaluated, not read as text', async () => {
    const notAction = inline('everything-but-iam', doc({ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' }));
    expect((await canDo(ROLE, [notAction], { action: 's3:DeleteObject', resource: `${BUCKET}/x` })).allowed).toBe(true);
    expect((await canDo(ROLE, [notAction], { action: 'iam:CreateUser', resource: 'arn:aws:iam::123456789012:user/x' })).allowed).toBe(false);

    const notResource = inline('not-raw', doc({ Effect: 'Allow', Action: 's3:GetObject', NotResource: `${BUCKET}/raw/*` }));
    expect((await canDo(ROLE, [notResource], { action: 's3:GetObject', resource: `${BUCKET}/processed/x` })).allowed).toBe(true);
    expect((await canDo(ROLE, [notResource], { action: 's3:GetObject', resource: `${BUCKET}/raw/x` })).allowed).toBe(false);

    const denyOutside = inline('only-this-bucket', doc({ Effect: 'Allow', Action: 's3:*', Resource: '*' }, { Effect: 'Deny', Action: 's3:*', NotResource: [BUCKET, `${BUCKET}/*`] }));
    expect((await canDo(ROLE, [denyOutside], { action: 's3:GetObject', resource: 'arn:aws:s3:::other/x' })).decision).toBe('explicit-deny');
    expect((await canDo(ROLE, [denyOutside], { action: 's3:GetObject', resource: `${BUCKET}/x` })).decision).toBe('allowed');
  });

  it('action names are case-insensitive, in questions and in policies', async () => {
    expect((await canDo(ROLE, [projectPolicy(false)], { action: 'S3:getobject', resource: `${BUCKET}/raw/x` })).allowed).toBe(true);
    const shouty = inline('shouty', doc({ Effect: 'Allow', Action: 'S3:GETOBJECT', Resource: `${BUCKET}/raw/*` }));
    expect((await canDo(ROLE, [shouty], { action: 's3:GetObject', resource: `${BUCKET}/raw/x` })).allowed).toBe(true);
  });

  it('a permissions boundary limits what the identity policies allow', async () => {
    const permissionsBoundary = { name: 'only-reads', document: doc({ Effect: 'Allow', Action: 's3:Get*', Resource: '*' }) };
    const options = { permissionsBoundary };
    const get = await canDo(ROLE, [amazonS3FullAccess], { action: 's3:GetObject', resource: `${BUCKET}/raw/x` }, options);
    expect(get).toMatchObject({ decision: 'allowed', decidedBy: { policy: 'AmazonS3FullAccess' } });
    const del = await canDo(ROLE, [amazonS3FullAccess], { action: 's3:DeleteObject', resource: `${BUCKET}/raw/x` }, options);
    expect(del).toMatchObject({ decision: 'implicit-deny', notAllowedBy: 'permissions-boundary' });
    expect(describeAnswer(del)).toContain('the permissions boundary does not allow it');
  });
});

describe('canDo: DynamoDB, the lesson policy shape', () => {
  const tablePolicy: IdentityPolicy = {
    name: 'taxi-ec2-app-access',
    kind: 'managed',
    document: doc({
      Sid: 'TaxiTripsTable',
      Effect: 'Allow',
      Action: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:Query', 'dynamodb:UpdateItem'],
      Resource: [TABLE, `${TABLE}/index/*`],
    }),
  };

  it.each(['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:Query', 'dynamodb:UpdateItem'])('%s on the table is allowed', async (action) => {
    const a = await canDo(ROLE, [tablePolicy], { action, resource: TABLE });
    expect(a).toMatchObject({ allowed: true, decidedBy: { policy: 'taxi-ec2-app-access', sid: 'TaxiTripsTable', statementIndex: 0 } });
  });

  it('Query on an index is allowed; DeleteTable, DeleteItem and another table are not', async () => {
    const answers = await evaluateAll(ROLE, [tablePolicy], [
      { action: 'dynamodb:Query', resource: `${TABLE}/index/by-dropoff-zone` },
      { action: 'dynamodb:DeleteTable', resource: TABLE },
      { action: 'dynamodb:DeleteItem', resource: TABLE },
      { action: 'dynamodb:GetItem', resource: 'arn:aws:dynamodb:us-east-1:123456789012:table/other' },
      { action: 'dynamodb:GetItem', resource: 'arn:aws:dynamodb:eu-west-1:123456789012:table/taxi-trips' },
    ]);
    expect(answers.map((a) => a.allowed)).toEqual([true, false, false, false, false]);
  });

  it('a table in another account is not reachable with identity policies alone', async () => {
    const a = await canDo(ROLE, [inline('all', doc({ Effect: 'Allow', Action: 'dynamodb:*', Resource: '*' }))], {
      action: 'dynamodb:GetItem',
      resource: 'arn:aws:dynamodb:us-east-1:210987654321:table/taxi-trips',
    });
    expect(a.decision).toBe('implicit-deny');
  });
});

describe('canDo: the EC2 operators group policy', () => {
  const USER = 'arn:aws:iam::123456789012:user/ana';
  const INSTANCE = 'arn:aws:ec2:us-east-1:123456789012:instance/i-0123456789abcdef0';
  const operators: IdentityPolicy = {
    name: 'ec2-operators',
    kind: 'managed',
    document: doc(
      { Sid: 'SeeEverything', Effect: 'Allow', Action: 'ec2:Describe*', Resource: '*' },
      {
        Sid: 'OperateTaxiInstances',
        Effect: 'Allow',
        Action: ['ec2:StartInstances', 'ec2:StopInstances', 'ec2:RebootInstances'],
        Resource: 'arn:aws:ec2:*:*:instance/*',
        Condition: { StringEquals: { 'aws:ResourceTag/Project': 'taxi' } },
      },
    ),
  };

  it('Describe* on * is allowed', async () => {
    const a = await canDo(USER, [operators], { action: 'ec2:DescribeInstances', resource: '*' });
    expect(a).toMatchObject({ allowed: true, decidedBy: { sid: 'SeeEverything', statementIndex: 0 } });
  });

  it('StartInstances depends on the instance tag: with Project=taxi allowed, other tag denied', async () => {
    const start = (context: Record<string, string>) => canDo(USER, [operators], { action: 'ec2:StartInstances', resource: INSTANCE, context });
    expect(await start({ 'aws:ResourceTag/Project': 'taxi' })).toMatchObject({ allowed: true, decidedBy: { sid: 'OperateTaxiInstances', statementIndex: 1 }, missingContextKeys: [] });
    expect((await start({ 'aws:ResourceTag/Project': 'other' })).allowed).toBe(false);
  });

  it('a question without the tag asks about an untagged instance: implicit deny, and the missing key is named', async () => {
    const a = await canDo(USER, [operators], { action: 'ec2:StartInstances', resource: INSTANCE });
    expect(a).toMatchObject({ allowed: false, decision: 'implicit-deny', missingContextKeys: ['aws:ResourceTag/Project'] });
  });

  it('context keys that do not apply to the action are reported, not silently used', async () => {
    const a = await canDo(USER, [operators], { action: 'ec2:DescribeInstances', resource: '*', context: { 's3:prefix': 'raw/' } });
    expect(a.ignoredContextKeys).toEqual(['s3:prefix']);
  });
});

describe('canDo: request context', () => {
  const USER = 'arn:aws:iam::123456789012:user/students/ana';

  it('fills in what the principal ARN tells: ${aws:username} and aws:PrincipalArn', async () => {
    const home = inline('home-folder', doc({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::course/home/${aws:username}/*' }));
    expect((await canDo(USER, [home], { action: 's3:GetObject', resource: 'arn:aws:s3:::course/home/ana/notes.txt' })).allowed).toBe(true);
    expect((await canDo(USER, [home], { action: 's3:GetObject', resource: 'arn:aws:s3:::course/home/bob/notes.txt' })).allowed).toBe(false);

    const onlyAna = inline('only-ana', doc({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*', Condition: { StringEquals: { 'aws:PrincipalArn': USER } } }));
    expect((await canDo(USER, [onlyAna], { action: 's3:GetObject', resource: 'arn:aws:s3:::b/x' })).allowed).toBe(true);
    expect((await canDo('arn:aws:iam::123456789012:user/bob', [onlyAna], { action: 's3:GetObject', resource: 'arn:aws:s3:::b/x' })).allowed).toBe(false);
  });

  it('a Deny whose condition key the question lacks does not apply, and the key is reported', async () => {
    const tls = inline('tls-only', doc({ Effect: 'Allow', Action: 's3:*', Resource: '*' }, { Effect: 'Deny', Action: 's3:*', Resource: '*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }));
    const q = { action: 's3:GetObject', resource: 'arn:aws:s3:::b/x' };
    expect(await canDo(USER, [tls], q)).toMatchObject({ decision: 'allowed', missingContextKeys: ['aws:SecureTransport'] });
    expect(await canDo(USER, [tls], { ...q, context: { 'aws:SecureTransport': 'false' } })).toMatchObject({ decision: 'explicit-deny', decidedBy: { statementIndex: 1 } });
  });
});

describe('canDo: errors are typed, not crashes', () => {
  const q: AccessQuestion = { action: 's3:GetObject', resource: `${BUCKET}/raw/x` };

  it.each([
    ['not JSON', '{"Statement": ['],
    ['no Statement', JSON.stringify({ Version: '2012-10-17' })],
    ['a bad Effect', JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Maybe', Action: 's3:*', Resource: '*' }] })],
  ])('a document with %s is a PolicyDocumentError naming the policy', async (_, document) => {
    const error = await canDo(ROLE, [projectPolicy(false), { name: 'broken', kind: 'inline', document }], q).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PolicyDocumentError);
    expect((error as PolicyDocumentError).policy).toBe('broken');
    expect((error as Error).message).toMatch(/^IAM policy "broken" cannot be evaluated: /);
  });

  it.each([42, null, 'null', '[]'])('a document that is not an object (%j) is a PolicyDocumentError', async (value) => {
    const document = value as unknown as IdentityPolicy['document'];
    await expect(canDo(ROLE, [{ name: 'odd', kind: 'inline', document }], q)).rejects.toBeInstanceOf(PolicyDocumentError);
  });

  it.each([
    ['an unknown action', { action: 's3:GetObjekt', resource: `${BUCKET}/raw/x` }],
    ['a wildcard action', { action: 's3:Get*', resource: `${BUCKET}/raw/x` }],
    ['an object action on a bucket ARN', { action: 's3:GetObject', resource: BUCKET }],
    ['a wildcard resource', { action: 's3:GetObject', resource: `${BUCKET}/raw/*` }],
  ])('%s is an AccessQuestionError', async (_, question) => {
    await expect(canDo(ROLE, [projectPolicy(false)], question)).rejects.toBeInstanceOf(AccessQuestionError);
  });

  it('a principal without an account is an AccessQuestionError', async () => {
    await expect(canDo('ana', [projectPolicy(false)], q)).rejects.toBeInstanceOf(AccessQuestionError);
  });
});
