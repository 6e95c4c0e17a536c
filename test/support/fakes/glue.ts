import type { ColumnInfo, CrawlerInfo, DatabaseInfo, GlueReader, JobInfo, JobRunInfo, TableInfo } from '../../../checker/services/glue/types.ts';

/** A table as plain data; unset fields get what a crawler over a CSV folder writes. */
export interface TableFixture extends Partial<Omit<TableInfo, 'name' | 'database' | 'columns'>> {
  name: string;
  columns: ColumnInfo[];
}

export interface DatabaseFixture extends Partial<Omit<DatabaseInfo, 'name'>> {
  name: string;
  tables?: TableFixture[];
}

/** A job as plain data, with its runs oldest first (as they were started). */
export interface JobFixture extends Partial<Omit<JobInfo, 'name' | 'role' | 'defaultArgumentNames'>> {
  name: string;
  role: string;
  runs?: (Partial<JobRunInfo> & { state: string })[];
}

export interface GlueFixture {
  databases?: DatabaseFixture[];
  crawlers?: (Partial<CrawlerInfo> & Pick<CrawlerInfo, 'name' | 'role'>)[];
  jobs?: JobFixture[];
}

/** A Glue reader that answers from plain data, newest run first as Glue does; an unknown database has no tables. */
export function fakeGlue(f: GlueFixture): GlueReader {
  const runs = (job: JobFixture): JobRunInfo[] =>
    (job.runs ?? []).map((r, i) => ({
      id: `jr_${job.name}_${i + 1}`,
      startedAt: new Date(Date.UTC(2026, 10, 30, 11, i)).toISOString(),
      argumentNames: [],
      ...r,
    }));
  return {
    // Fixtures model learners' own databases and jobs: none carries NubeLab's owner tags.
    tags: async () => ({}),
    listDatabases: async () => (f.databases ?? []).map(({ tables: _tables, ...d }) => d),
    listTables: async (name) =>
      (f.databases?.find((d) => d.name === name)?.tables ?? []).map((t) => ({ database: name, partitionKeys: [], classification: 'csv', ...t })),
    listCrawlers: async () => (f.crawlers ?? []).map((c) => ({ s3Targets: [], state: 'READY', ...c })),
    listJobs: async () =>
      (f.jobs ?? []).map(({ runs: _runs, ...j }) => ({
        type: 'pythonshell',
        defaultArguments: {},
        ...j,
        defaultArgumentNames: Object.keys(j.defaultArguments ?? {}),
      })),
    recentJobRuns: async (name, max) => {
      const job = f.jobs?.find((j) => j.name === name);
      return job ? runs(job).reverse().slice(0, max) : [];
    },
  };
}
