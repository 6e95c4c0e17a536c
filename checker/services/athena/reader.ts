import {
  AthenaClient,
  BatchGetQueryExecutionCommand,
  GetQueryResultsCommand,
  GetWorkGroupCommand,
  paginateListWorkGroups,
  ListQueryExecutionsCommand,
  ListTagsForResourceCommand,
  type QueryExecution,
  type WorkGroup,
} from '@aws-sdk/client-athena';
import { errorCode, orUndefinedWhen } from '../../aws/errors.ts';
import { defineClient, type ReaderDeps } from '../service.ts';
import type { AthenaReader, QueryExecutionInfo, ResultPreview, WorkGroupInfo } from './types.ts';

export const athenaClient = defineClient('Athena', (config) => new AthenaClient(config));

/** Athena answers a missing workgroup (or query) with InvalidRequestException, not a NotFound code. */
const NOT_FOUND = ['InvalidRequestException', 'ResourceNotFoundException'];

const iso = (date: Date | undefined) => (date instanceof Date && !Number.isNaN(date.getTime()) ? date.toISOString() : undefined);

function toWorkGroup(w: WorkGroup, arn: string): WorkGroupInfo {
  const config = w.Configuration ?? {};
  const result = config.ResultConfiguration ?? {};
  const encryption = result.EncryptionConfiguration;
  return {
    name: w.Name ?? '',
    arn,
    state: w.State ?? 'ENABLED',
    enforced: config.EnforceWorkGroupConfiguration === true,
    outputLocation: result.OutputLocation || undefined,
    encryption: encryption?.EncryptionOption ? { option: encryption.EncryptionOption, kmsKey: encryption.KmsKey } : undefined,
    managedResults: config.ManagedQueryResultsConfiguration?.Enabled === true,
    bytesScannedCutoffPerQuery: config.BytesScannedCutoffPerQuery,
    engineVersion: config.EngineVersion?.EffectiveEngineVersion ?? config.EngineVersion?.SelectedEngineVersion,
  };
}

function toQuery(q: QueryExecution): QueryExecutionInfo {
  return {
    id: q.QueryExecutionId ?? '',
    query: q.Query ?? '',
    workGroup: q.WorkGroup,
    database: q.QueryExecutionContext?.Database,
    statementType: q.StatementType,
    state: q.Status?.State ?? 'UNKNOWN',
    stateChangeReason: q.Status?.StateChangeReason,
    submittedAt: iso(q.Status?.SubmissionDateTime),
    dataScannedBytes: q.Statistics?.DataScannedInBytes,
    engineMs: q.Statistics?.EngineExecutionTimeInMillis,
    outputLocation: q.ResultConfiguration?.OutputLocation,
  };
}

export function createAthenaReader({ memo, client: clientOf, target, accountId }: ReaderDeps): AthenaReader {
  const client = () => clientOf(athenaClient);

  /** Up to 50 ids per BatchGetQueryExecution call; ids Athena no longer knows are left out. */
  const queryExecutions = async (ids: string[]) => {
    const found: QueryExecutionInfo[] = [];
    for (let i = 0; i < ids.length; i += 50) {
      const { QueryExecutions = [] } = await client().send(new BatchGetQueryExecutionCommand({ QueryExecutionIds: ids.slice(i, i + 50) }));
      found.push(...QueryExecutions.map(toQuery));
    }
    return found;
  };

  return {
    listWorkGroups: () =>
      memo('athena:ListWorkGroups', async () => {
        const groups = [];
        for await (const page of paginateListWorkGroups({ client: client() }, {})) {
          groups.push(...(page.WorkGroups ?? []).map((w) => ({ name: w.Name ?? '', state: w.State ?? 'ENABLED', createdAt: iso(w.CreationTime) })));
        }
        return groups;
      }),

    workGroupTags: (name) =>
      memo(`athena:ListTagsForResource:${name}`, async () => {
        const arn = `arn:aws:athena:${target.region}:${await accountId()}:workgroup/${name}`;
        const { Tags = [] } = await client().send(new ListTagsForResourceCommand({ ResourceARN: arn }));
        return Object.fromEntries(Tags.map((t) => [t.Key ?? '', t.Value ?? '']));
      }),

    workGroup: (name) =>
      memo(`athena:GetWorkGroup:${name}`, () =>
        orUndefinedWhen(NOT_FOUND, async () => {
          // moto answers a missing workgroup with `WorkGroup: null`; AWS with InvalidRequestException.
          const { WorkGroup: w } = await client().send(new GetWorkGroupCommand({ WorkGroup: name }));
          if (!w) return undefined;
          const arn = `arn:aws:athena:${target.region}:${await accountId()}:workgroup/${name}`;
          return toWorkGroup(w, arn);
        })),

    recentQueries: (workGroup, limit) =>
      memo(`athena:ListQueryExecutions:${workGroup}:${limit}`, async () => {
        const ids: string[] = [];
        let token: string | undefined;
        do {
          const page = await client().send(new ListQueryExecutionsCommand({ WorkGroup: workGroup, NextToken: token, MaxResults: 50 }));
          ids.push(...(page.QueryExecutionIds ?? []));
          token = page.NextToken;
        } while (token && ids.length < limit);
        // Athena lists newest first; sorting by submission time keeps that true on any backend.
        const queries = await queryExecutions(ids.slice(0, limit));
        return queries.sort((a, b) => (b.submittedAt ?? '').localeCompare(a.submittedAt ?? ''));
      }),

    resultPreview: (id, maxRows) =>
      memo(`athena:GetQueryResults:${id}:${maxRows}`, async (): Promise<ResultPreview | undefined> => {
        try {
          // One more row than asked: Athena's first row of a SELECT is the header.
          const out = await client().send(new GetQueryResultsCommand({ QueryExecutionId: id, MaxResults: Math.min(maxRows + 1, 1000) }));
          const columns = (out.ResultSet?.ResultSetMetadata?.ColumnInfo ?? []).map((c) => c.Name ?? '');
          const rows = (out.ResultSet?.Rows ?? []).map((r) => (r.Data ?? []).map((d) => d.VarCharValue ?? null));
          const isHeader = rows.length > 0 && columns.length > 0 && rows[0]!.every((v, i) => v === columns[i]);
          return { columns, rows: isHeader ? rows.slice(1) : rows, more: out.NextToken !== undefined };
        } catch (error) {
          // Failed or expired results, or a result file the reader may not read: no preview, not an error of the check.
          if (NOT_FOUND.includes(errorCode(error)) || errorCode(error) === 'AccessDeniedException') return undefined;
          throw error;
        }
      }),
  };
}
