import { defineService } from '../service.ts';
import { GLUE_HANDLERS } from './handlers.ts';
import { createGlueReader } from './reader.ts';

/** AWS Glue: the Data Catalog's databases and tables, crawlers, and ETL jobs with their runs. */
export const glue = defineService({
  name: 'glue',
  readOperations: {
    'Glue:GetDatabases': 'glue:GetDatabases',
    'Glue:GetTables': 'glue:GetTables',
    'Glue:GetCrawlers': 'glue:GetCrawlers',
    'Glue:GetJobs': 'glue:GetJobs',
    'Glue:GetJobRuns': 'glue:GetJobRuns',
    'Glue:GetTags': 'glue:GetTags',
  },
  reader: createGlueReader,
  handlers: GLUE_HANDLERS,
});

export type { GlueReader } from './types.ts';
