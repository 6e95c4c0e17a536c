import type {
  AnalysisInfo,
  DashboardInfo,
  DataSetInfo,
  DataSourceInfo,
  PermissionInfo,
  QuickSightReader,
  QuickSightUserInfo,
} from '../../../checker/services/quicksight/types.ts';

/** A dashboard as plain data, with who may open it. */
export interface DashboardFixture extends DashboardInfo {
  permissions?: PermissionInfo[];
}

export interface QuickSightFixture {
  dataSources?: DataSourceInfo[];
  dataSets?: DataSetInfo[];
  /** Analyses as listed; those with status DELETED are left out, as the real reader does. */
  analyses?: AnalysisInfo[];
  dashboards?: DashboardFixture[];
  users?: QuickSightUserInfo[];
  /** Tags by resource ARN; none for the others. */
  tags?: Record<string, Record<string, string>>;
}

/** A QuickSight reader that answers from plain data; an unknown dashboard has no permissions. */
export function fakeQuickSight(f: QuickSightFixture): QuickSightReader {
  return {
    dataSources: async () => f.dataSources ?? [],
    dataSets: async () => f.dataSets ?? [],
    analyses: async () => (f.analyses ?? []).filter((a) => a.status !== 'DELETED'),
    dashboards: async () => (f.dashboards ?? []).map(({ permissions: _p, ...d }) => d),
    dashboardPermissions: async (id) => f.dashboards?.find((d) => d.id === id)?.permissions ?? [],
    users: async () => f.users ?? [],
    tags: async (arn) => f.tags?.[arn] ?? {},
  };
}
