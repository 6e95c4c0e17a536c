import type { AthenaReader, QueryExecutionInfo, ResultPreview, WorkGroupInfo } from '../../../checker/services/athena/types.ts';

/** A query as plain data: its text, state and result rows; unset fields get what a finished SELECT has. */
export interface QueryFixture extends Partial<Omit<QueryExecutionInfo, 'query' | 'state'>> {
  query: string;
  state: QueryExecutionInfo['state'];
  /** The result's columns and data rows; none when the query produced no result file (failed, DDL). */
  result?: { columns: string[]; rows: (string | null)[][] };
}

/** A workgroup as plain data, with its query history (oldest first, as the learner ran them). */
export interface WorkGroupFixture extends Partial<Omit<WorkGroupInfo, 'name'>> {
  name: string;
  createdAt?: string;
  queries?: QueryFixture[];
}

export interface AthenaFixture {
  accountId?: string;
  region?: string;
  workGroups: WorkGroupFixture[];
}

/** An Athena reader that answers from plain data, paging and ordering the way the real reader does. */
export function fakeAthena(f: AthenaFixture): AthenaReader {
  const account = f.accountId ?? '123456789012';
  const region = f.region ?? 'us-east-1';
  const byName = (name: string) => f.workGroups.find((w) => w.name === name);
  const queries = (group: WorkGroupFixture) =>
    (group.queries ?? []).map((q, i) => ({ q, id: q.id ?? `${group.name}-q${i + 1}`, submittedAt: q.submittedAt ?? new Date(Date.UTC(2026, 10, 30, 10, i)).toISOString() }));
  const allQueries = () => f.workGroups.flatMap((g) => queries(g).map((entry) => ({ ...entry, group: g })));
  return {
    // Fixtures model learners' own workgroups: none carries NubeLab's owner tags.
    workGroupTags: async () => ({}),
    listWorkGroups: async () => f.workGroups.map((w) => ({ name: w.name, state: w.state ?? 'ENABLED', createdAt: w.createdAt })),
    workGroup: async (name) => {
      const w = byName(name);
      if (!w) return undefined;
      const { queries: _q, createdAt: _c, ...info } = w;
      return { arn: `arn:aws:athena:${region}:${account}:workgroup/${name}`, state: 'ENABLED', enforced: false, managedResults: false, ...info };
    },
    recentQueries: async (name, limit) => {
      const group = byName(name);
      if (!group) return [];
      return queries(group)
        .map(({ q, id, submittedAt }): QueryExecutionInfo => {
          const { result: _r, ...info } = q;
          return { statementType: 'DML', workGroup: name, database: 'taxis', dataScannedBytes: 0, ...info, id, submittedAt };
        })
        .sort((a, b) => (b.submittedAt ?? '').localeCompare(a.submittedAt ?? ''))
        .slice(0, limit);
    },
    resultPreview: async (id, maxRows): Promise<ResultPreview | undefined> => {
      const found = allQueries().find((entry) => entry.id === id);
      if (!found?.q.result || found.q.state !== 'SUCCEEDED') return undefined;
      const { columns, rows } = found.q.result;
      return { columns, rows: rows.slice(0, maxRows), more: rows.length > maxRows };
    },
  };
}
