/**
 * Benchmark: what the IAM access judgement costs a check run. Prints the time to import it (the
 * library and its modules), the first question (which also reads the library's IAM data files
 * from disk) and 100 further questions about the lesson's project policy. Asserts nothing.
 *
 *   node scripts/bench-iam-access.ts
 */
export {}; // top-level await needs a module

const ms = (x: number) => `${x.toFixed(1)} ms`;

const t0 = performance.now();
const { canDo, evaluateAll } = await import('../checker/judgements/iam-access.ts');
const imported = performance.now() - t0;

const ROLE = 'arn:aws:iam::123456789012:role/taxi-ec2-app-role';
const BUCKET = 'arn:aws:s3:::taxis-datalake-ana-123456789012';
const TABLE = 'arn:aws:dynamodb:us-east-1:123456789012:table/taxi-trips';
const policies = [
  {
    name: 'taxi-project',
    kind: 'managed' as const,
    document: {
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Action: 's3:ListBucket', Resource: BUCKET, Condition: { StringLike: { 's3:prefix': ['raw/*', 'processed/*'] } } },
        { Effect: 'Allow', Action: 's3:GetObject', Resource: `${BUCKET}/raw/*` },
        { Effect: 'Allow', Action: 's3:PutObject', Resource: `${BUCKET}/processed/*` },
        { Effect: 'Allow', Action: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:Query', 'dynamodb:UpdateItem'], Resource: [TABLE, `${TABLE}/index/*`] },
      ],
    },
  },
];
const kinds = [
  { action: 's3:ListBucket', resource: BUCKET, context: { 's3:prefix': 'raw/' } },
  { action: 's3:GetObject', resource: `${BUCKET}/raw/x` },
  { action: 's3:PutObject', resource: `${BUCKET}/raw/x` },
  { action: 's3:DeleteObject', resource: `${BUCKET}/processed/x` },
  { action: 'dynamodb:Query', resource: TABLE },
  { action: 'dynamodb:DeleteTable', resource: TABLE },
  { action: 'iam:CreateUser', resource: 'arn:aws:iam::123456789012:user/x' },
  { action: 'ec2:DescribeInstances', resource: '*' },
];
const questions = Array.from({ length: 100 }, (_, i) => kinds[i % kinds.length]!);

const t1 = performance.now();
await canDo(ROLE, policies, { action: 's3:GetObject', resource: `${BUCKET}/raw/first` });
const first = performance.now() - t1;

const t2 = performance.now();
const answers = await evaluateAll(ROLE, policies, questions);
const hundred = performance.now() - t2;

console.log(`import of the judgement and library: ${ms(imported)}`);
console.log(`first question (loads IAM data):     ${ms(first)}`);
console.log(`100 questions (evaluateAll):         ${ms(hundred)}  (${ms(hundred / 100)} each; ${answers.filter((a) => a.allowed).length} allowed)`);
