import { asArray, statementsOf, type PolicyDocument } from '../../../checker/aws/policy.ts';
import { defineCheck, fail, pass } from '../../../checker/core/define.ts';
import type { Localized } from '../../../checker/core/i18n.ts';
import { resourcePolicyAllows, type ResourceQuestion } from '../../../checker/judgements/iam-access.ts';
import { withFunction, withPhotoBucket } from '../resize.ts';

const S3 = 's3.amazonaws.com';
const STRANGER = '999999999999';

interface Case {
  question: ResourceQuestion;
  /** What the request stands for, for the message and the evidence. */
  means: Localized;
}

/**
 * The IAM principals of other accounts that the policy's Allow statements name (a bare account id
 * as its root), so a grant to one real account is asked about too, not only a made-up stranger.
 */
function foreignPrincipals(policy: PolicyDocument, account: string): string[] {
  const named = statementsOf(policy)
    .filter((s) => s.Effect === 'Allow' && typeof s.Principal === 'object' && s.Principal !== null)
    .flatMap((s) => asArray((s.Principal as { AWS?: string | string[] }).AWS))
    .map((p) => (/^\d{12}$/.test(p) ? `arn:aws:iam::${p}:root` : p));
  return [...new Set(named.filter((p) => /^arn:aws:iam::\d{12}:/.test(p) && p.split(':')[4] !== account))];
}

export default defineCheck({
  id: 'lambda_s3_invoke_scoped',
  cli: 'aws lambda add-permission --function-name nubelab-image-resize --statement-id s3-invoke --principal s3.amazonaws.com --action lambda:InvokeFunction --source-arn arn:aws:s3:::<bucket> --source-account <account>',
  points: 1,
  needs: ['lambda_function_python_runtime'],
  title: {
    es: 'S3 puede invocar la función solo para tu bucket y tu cuenta',
    en: 'S3 can invoke the function only for your bucket and your account',
  },
  hint: {
    es: `Añade el permiso con aws lambda add-permission --principal ${S3} --action lambda:InvokeFunction --source-arn arn:aws:s3:::<tu-bucket> --source-account <tu-cuenta>; sin --source-account, otra cuenta que cree un bucket con el nombre del tuyo podría invocarla.`,
    en: `Add the permission with aws lambda add-permission --principal ${S3} --action lambda:InvokeFunction --source-arn arn:aws:s3:::<your-bucket> --source-account <your-account>; without --source-account, another account that created a bucket with your bucket's name could invoke it.`,
  },
  run: (ctx) =>
    withFunction(ctx, (fn) =>
      withPhotoBucket(ctx, async (bucket) => {
        const account = await ctx.account.id();
        const policy = await ctx.lambda.resourcePolicy(fn.name);
        if (!policy) {
          return fail(
            { es: `La función ${fn.name} no tiene política de recursos: S3 no puede invocarla.`, en: `Function ${fn.name} has no resource-based policy: S3 cannot invoke it.` },
            { resource: fn.arn },
          );
        }
        const invoke = (principal: string, sourceArn: string, sourceAccount: string): ResourceQuestion => ({
          principal, action: 'lambda:InvokeFunction', resource: fn.arn, resourceAccount: account,
          context: { 'aws:SourceArn': sourceArn, 'aws:SourceAccount': sourceAccount },
        });
        const forbidden: Case[] = [
          { question: invoke(S3, 'arn:aws:s3:::someone-elses-bucket', STRANGER), means: { es: 'S3 para otro bucket de otra cuenta', en: 'S3 for another bucket in another account' } },
          {
            question: invoke(S3, bucket.arn, STRANGER),
            means: { es: `S3 para un bucket llamado ${bucket.name} en otra cuenta (si borras el tuyo)`, en: `S3 for a bucket named ${bucket.name} in another account (once you delete yours)` },
          },
          { question: invoke(`arn:aws:iam::${STRANGER}:root`, bucket.arn, STRANGER), means: { es: 'otra cuenta de AWS, directamente', en: 'another AWS account, directly' } },
          ...foreignPrincipals(policy, account).map((p): Case => ({
            question: invoke(p, bucket.arn, p.split(':')[4]!),
            means: { es: `${p}, de otra cuenta, directamente`, en: `${p}, of another account, directly` },
          })),
        ];
        const allowsMine = await resourcePolicyAllows(policy, invoke(S3, bucket.arn, account));
        const leaks: Localized[] = [];
        for (const c of forbidden) if (await resourcePolicyAllows(policy, c.question)) leaks.push(c.means);
        const list = (lang: 'es' | 'en') => leaks.map((l) => l[lang]).join('; ');
        const evidence = { resource: fn.arn, bucket: bucket.arn, policy, ...(leaks.length ? { alsoAllowed: leaks.map((l) => l.en) } : {}) };
        if (!allowsMine) {
          return fail(
            { es: `La política de la función ${fn.name} no deja que S3 la invoque para ${bucket.name} en tu cuenta.`, en: `The policy of function ${fn.name} does not let S3 invoke it for ${bucket.name} in your account.` },
            evidence,
          );
        }
        if (leaks.length) {
          return fail(
            { es: `La política de la función ${fn.name} también deja invocarla a: ${list('es')}.`, en: `The policy of function ${fn.name} also lets these invoke it: ${list('en')}.` },
            evidence,
          );
        }
        return pass(
          { es: `Solo S3, para ${bucket.name} y tu cuenta, puede invocar ${fn.name}.`, en: `Only S3, for ${bucket.name} and your account, can invoke ${fn.name}.` },
          evidence,
        );
      })),
});
