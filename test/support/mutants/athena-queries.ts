import { CreateWorkGroupCommand, DeleteWorkGroupCommand, type WorkGroupConfiguration } from '@aws-sdk/client-athena';
import { DeleteTableCommand } from '@aws-sdk/client-glue';
import { athenaClient } from '../../../checker/services/athena/reader.ts';
import { glueClient } from '../../../checker/services/glue/reader.ts';
import type { Mutant, MutantContext } from '../lab-contract.ts';

/**
 * One mutant per check of the athena-queries lab. Shared by the lab's contract test (moto) and the
 * engine matrix (LocalStack, MiniStack), so every name comes from the account and learner given,
 * as infra/lib/athena-queries-stack.ts (and glue-catalog's database) names it.
 */
export const athenaWorkGroup = (learner: string) => `taxis-${learner}`;
export const athenaResultsBucket = (learner: string, account: string) => `taxis-athena-results-${learner}-${account}`;
export const glueDatabase = (learner: string) => `taxis_${learner.replace(/-/g, '_')}`;
const dataLakeBucket = (learner: string, account: string) => `taxis-datalake-${learner}-${account}`;

/** The reference workgroup's configuration, for mutants that re-create it with one thing changed. */
export const referenceWorkGroupConfig = (learner: string, account: string): WorkGroupConfiguration => ({
  EnforceWorkGroupConfiguration: true,
  ResultConfiguration: { OutputLocation: `s3://${athenaResultsBucket(learner, account)}/`, EncryptionConfiguration: { EncryptionOption: 'SSE_S3' } },
});

const referenceOf = (ctx: MutantContext) => referenceWorkGroupConfig(ctx.learner, ctx.account);

/**
 * moto 5.2.5 has no UpdateWorkGroup: a changed workgroup is deleted and created again under the
 * same name. Its query history stays listed (as on AWS when the workgroup is updated in place).
 */
async function recreateWorkGroup(ctx: MutantContext, configuration: WorkGroupConfiguration) {
  const athena = ctx.clients.get(athenaClient);
  await athena.send(new DeleteWorkGroupCommand({ WorkGroup: athenaWorkGroup(ctx.learner), RecursiveDeleteOption: true }));
  await athena.send(new CreateWorkGroupCommand({ Name: athenaWorkGroup(ctx.learner), Configuration: configuration }));
}

export const athenaQueriesMutants: Record<string, Mutant> = {
  athena_workgroup_enforced: {
    name: 'client-side settings override the workgroup (EnforceWorkGroupConfiguration false)',
    apply: (ctx) => recreateWorkGroup(ctx, { ...referenceOf(ctx), EnforceWorkGroupConfiguration: false }),
  },
  athena_results_bucket_separate: {
    name: "results written into the data lake's bucket",
    apply: (ctx) => {
      const reference = referenceOf(ctx);
      return recreateWorkGroup(ctx, { ...reference, ResultConfiguration: { ...reference.ResultConfiguration, OutputLocation: `s3://${dataLakeBucket(ctx.learner, ctx.account)}/athena-results/` } });
    },
  },
  athena_results_encrypted: {
    name: 'no encryption for results',
    apply: (ctx) => recreateWorkGroup(ctx, { ...referenceOf(ctx), ResultConfiguration: { OutputLocation: `s3://${athenaResultsBucket(ctx.learner, ctx.account)}/` } }),
  },
  glue_table_processed_parquet: {
    name: 'the table over processed/ is dropped from the catalog',
    apply: (ctx) => ctx.clients.get(glueClient).send(new DeleteTableCommand({ DatabaseName: glueDatabase(ctx.learner), Name: 'taxi_trips' })),
  },
  athena_query_succeeded: {
    name: 'the lesson-named workgroup taxis, configured alike, where no query ever ran (it is graded first)',
    apply: (ctx) => ctx.clients.get(athenaClient).send(new CreateWorkGroupCommand({ Name: 'taxis', Configuration: referenceOf(ctx) })),
  },
};
