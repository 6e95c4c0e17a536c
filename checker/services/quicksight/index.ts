import { defineService } from '../service.ts';
import { QUICKSIGHT_HANDLERS } from './handlers.ts';
import { createQuickSightReader } from './reader.ts';

/**
 * QuickSight: data sources, data sets (described: the tables they read), analyses and dashboards
 * (their definitions: which data sets, how many visuals), a dashboard's permissions, the users
 * of the default namespace, and a resource's tags (to tell the reference solution's). moto 5.2.5 lacks most of these; the emulator's fidelity layer
 * (quicksight_bi.py) adds them.
 */
export const quicksight = defineService({
  name: 'quicksight',
  readOperations: {
    'QuickSight:ListDataSources': 'quicksight:ListDataSources',
    'QuickSight:ListDataSets': 'quicksight:ListDataSets',
    'QuickSight:DescribeDataSet': 'quicksight:DescribeDataSet',
    'QuickSight:ListAnalyses': 'quicksight:ListAnalyses',
    'QuickSight:DescribeAnalysisDefinition': 'quicksight:DescribeAnalysisDefinition',
    'QuickSight:ListDashboards': 'quicksight:ListDashboards',
    'QuickSight:DescribeDashboard': 'quicksight:DescribeDashboard',
    'QuickSight:DescribeDashboardDefinition': 'quicksight:DescribeDashboardDefinition',
    'QuickSight:DescribeDashboardPermissions': 'quicksight:DescribeDashboardPermissions',
    'QuickSight:ListUsers': 'quicksight:ListUsers',
    'QuickSight:ListTagsForResource': 'quicksight:ListTagsForResource',
  },
  reader: createQuickSightReader,
  handlers: QUICKSIGHT_HANDLERS,
});

export type { QuickSightReader } from './types.ts';
