"""QuickSight data sets, analyses and dashboards that keep what AWS keeps.

AWS: a data set stores its PhysicalTableMap (a table of a data source, or custom SQL), its
LogicalTableMap, ImportMode and permissions, and DescribeDataSet/ListDataSets give them back. An
analysis (Create/Update/Describe/DescribeDefinition/List/Delete/permissions) holds sheets and visuals over
declared data sets. A dashboard keeps numbered versions, one of them published, and its own
permissions (DescribeDashboardPermissions/UpdateDashboardPermissions) that say who may open it.

moto 5.2.5 (checked over HTTP against the unpatched server):
  - CreateDataSet keeps only the id and name, under an ARN of `data-set/<id>` (AWS: `dataset/<id>`);
    DescribeDataSet answers 404 (no route), ListDataSets 500 (no method), and DeleteDataSet and the
    data set permission calls do not exist;
  - no analysis API at all (ListAnalyses: 404);
  - CreateDashboard accepts a definition over a data set that does not exist, keeps one version, and
    has no permissions (DescribeDashboardPermissions: 404), no UpdateDashboard, versions or delete;
  - RegisterUser and CreateDataSource overwrite an existing user or data source silently (AWS:
    ResourceExistsException);
  - DescribeDataSource and ListDataSources write times as ISO text without a zone, which the
    JavaScript SDK refuses ("Expected real number"): QuickSight sends epoch seconds.
A BI lab could neither read back what the learner built nor see who the dashboard is shared with.

Where to fix it: QuickSightResponse methods (moto picks the method from botocore's operation name,
so a new operation is a new method) plus the URL routes moto's server lacks, added to
moto.quicksight.urls before the QuickSight app is built on first request. The resources are
quicksight_resources.py's classes, kept on the backend so saved_state pickles them. Not emulated:
templates (a SourceEntity answers as AWS does for a template that does not exist), ingestion into
SPICE, and rendering: a dashboard's definition is stored and checked, never drawn. List calls
return every item on one page.
"""
import datetime
import json

from moto.core.responses import ActionResult
from moto.quicksight import urls
from moto.quicksight.responses import QuickSightResponse

from .quicksight_resources import (
    BiAnalysis,
    BiDashboard,
    BiDataSet,
    InvalidParameterValueException,
    ResourceExistsException,
    ResourceNotFound,
    apply_permission_changes,
    now,
)

_applied = False
_ACCOUNT = r"{0}/accounts/(?P<account_id>[^/]+)"
ROUTES = (
    "/data-sets/(?P<data_set_id>[^/]+)$",
    "/data-sets/(?P<data_set_id>[^/]+)/permissions$",
    "/analyses$",
    "/analyses/(?P<analysis_id>[^/]+)$",
    "/analyses/(?P<analysis_id>[^/]+)/definition$",
    "/analyses/(?P<analysis_id>[^/]+)/permissions$",
    "/dashboards/(?P<dashboard_id>[^/]+)/definition$",
    "/dashboards/(?P<dashboard_id>[^/]+)/permissions$",
    "/dashboards/(?P<dashboard_id>[^/]+)/versions$",
    "/dashboards/(?P<dashboard_id>[^/]+)/versions/(?P<version_number>[^/]+)$",
)


def _body(self):
    return json.loads(self.body) if self.body else {}


def _query(self, name):
    values = self.querystring.get(name)
    return values[0] if values else None


def _tag(self, arn, tags):
    if tags:
        self.quicksight_backend.tagger.tag_resource(arn=arn, tags=tags)


def _analyses(backend):
    return backend.__dict__.setdefault("nubelab_analyses", {})


def _find(store, resource_id, what):
    found = store.get(resource_id)
    if found is None:
        raise ResourceNotFound(f"{what} {resource_id} not found.")
    return found


# ---------------------------------------------------------------- data sources and users


_moto_create_data_source = QuickSightResponse.create_data_source
_moto_register_user = QuickSightResponse.register_user


def create_data_source(self):
    if self._get_param("DataSourceId") in self.quicksight_backend.data_sources:
        raise ResourceExistsException(f"Data source {self._get_param('DataSourceId')} already exists.")
    return _moto_create_data_source(self)


def _data_source(source):
    # moto writes the times as ISO text without a zone; QuickSight's REST protocol sends epoch
    # seconds, and the JavaScript SDK refuses anything else. Serialized from the model instead.
    described = {k: v for k, v in source.to_json().items() if v is not None}
    described.update(CreatedTime=source.created_time, LastUpdatedTime=source.last_updated_time)
    return described


def describe_data_source(self):
    source = _find(self.quicksight_backend.data_sources, self._get_param("DataSourceId"), "Data source")
    return ActionResult({"DataSource": _data_source(source), "Status": 200})


def list_data_sources(self):
    return ActionResult({"DataSources": [_data_source(s) for s in self.quicksight_backend.data_sources.values()], "Status": 200})


def register_user(self):
    key = f"{self._get_param('AwsAccountId')}:{self._get_param('Namespace')}:{_body(self).get('UserName')}"
    if key in self.quicksight_backend.users:
        raise ResourceExistsException(f"User {_body(self).get('UserName')} already exists.")
    return _moto_register_user(self)


# ---------------------------------------------------------------- data sets


def create_data_set(self):
    backend, params = self.quicksight_backend, _body(self)
    data_set_id = params.get("DataSetId")
    if data_set_id in backend.data_sets:
        raise ResourceExistsException(f"Data set {data_set_id} already exists.")
    data_set = BiDataSet(backend, data_set_id, params)
    backend.data_sets[data_set_id] = data_set
    _tag(self, data_set.arn, params.get("Tags"))
    return ActionResult({"Arn": data_set.arn, "DataSetId": data_set_id, "Status": 201})


def update_data_set(self):
    data_set = _find(self.quicksight_backend.data_sets, self._get_param("DataSetId"), "Data set")
    data_set.update(self.quicksight_backend, _body(self))
    return ActionResult({"Arn": data_set.arn, "DataSetId": data_set.data_set_id, "Status": 200})


def describe_data_set(self):
    data_set = _find(self.quicksight_backend.data_sets, self._get_param("DataSetId"), "Data set")
    return ActionResult({"DataSet": data_set.describe(), "Status": 200})


def list_data_sets(self):
    summaries = [d.summary() for d in self.quicksight_backend.data_sets.values() if hasattr(d, "summary")]
    return ActionResult({"DataSetSummaries": summaries, "Status": 200})


def delete_data_set(self):
    data_set = _find(self.quicksight_backend.data_sets, self._get_param("DataSetId"), "Data set")
    del self.quicksight_backend.data_sets[data_set.data_set_id]
    return ActionResult({"Arn": data_set.arn, "DataSetId": data_set.data_set_id, "Status": 200})


def describe_data_set_permissions(self):
    data_set = _find(self.quicksight_backend.data_sets, self._get_param("DataSetId"), "Data set")
    return ActionResult({"DataSetArn": data_set.arn, "DataSetId": data_set.data_set_id, "Permissions": data_set.permissions, "Status": 200})


def update_data_set_permissions(self):
    params = _body(self)
    data_set = _find(self.quicksight_backend.data_sets, self._get_param("DataSetId"), "Data set")
    data_set.permissions = apply_permission_changes(self.quicksight_backend, data_set.permissions, params.get("GrantPermissions"), params.get("RevokePermissions"))
    return ActionResult({"DataSetArn": data_set.arn, "DataSetId": data_set.data_set_id, "Status": 200})


# ---------------------------------------------------------------- analyses


def create_analysis(self):
    backend, params = self.quicksight_backend, _body(self)
    analysis_id = self._get_param("AnalysisId")
    if analysis_id in _analyses(backend):
        raise ResourceExistsException(f"Analysis {analysis_id} already exists.")
    analysis = BiAnalysis(backend, analysis_id, params)
    _analyses(backend)[analysis_id] = analysis
    _tag(self, analysis.arn, params.get("Tags"))
    return ActionResult({"Arn": analysis.arn, "AnalysisId": analysis_id, "CreationStatus": analysis.status, "Status": 202})


def update_analysis(self):
    analysis = _find(_analyses(self.quicksight_backend), self._get_param("AnalysisId"), "Analysis")
    analysis.update(self.quicksight_backend, _body(self))
    return ActionResult({"Arn": analysis.arn, "AnalysisId": analysis.analysis_id, "UpdateStatus": analysis.status, "Status": 202})


def describe_analysis(self):
    analysis = _find(_analyses(self.quicksight_backend), self._get_param("AnalysisId"), "Analysis")
    return ActionResult({"Analysis": analysis.describe(), "Status": 200})


def describe_analysis_definition(self):
    analysis = _find(_analyses(self.quicksight_backend), self._get_param("AnalysisId"), "Analysis")
    return ActionResult({
        "AnalysisId": analysis.analysis_id, "Name": analysis.name, "Errors": analysis.errors,
        "ResourceStatus": analysis.status, "ThemeArn": analysis.theme_arn, "Definition": analysis.definition, "Status": 200,
    })


def list_analyses(self):
    return ActionResult({"AnalysisSummaryList": [a.summary() for a in _analyses(self.quicksight_backend).values()], "Status": 200})


def delete_analysis(self):
    store = _analyses(self.quicksight_backend)
    analysis = _find(store, self._get_param("AnalysisId"), "Analysis")
    force = (_query(self, "force-delete-without-recovery") or "false").lower() == "true"
    window = int(_query(self, "recovery-window-in-days") or 30)
    if force and _query(self, "recovery-window-in-days"):
        raise InvalidParameterValueException("ForceDeleteWithoutRecovery and RecoveryWindowInDays cannot be used together.")
    if force:
        del store[analysis.analysis_id]
        deletion_time = now()
    else:
        # AWS keeps a deleted analysis, status DELETED, until its recovery window ends.
        analysis.status = "DELETED"
        analysis.deletion_time = deletion_time = now() + datetime.timedelta(days=window)
    return ActionResult({"Arn": analysis.arn, "AnalysisId": analysis.analysis_id, "DeletionTime": deletion_time, "Status": 200})


def describe_analysis_permissions(self):
    analysis = _find(_analyses(self.quicksight_backend), self._get_param("AnalysisId"), "Analysis")
    return ActionResult({"AnalysisId": analysis.analysis_id, "AnalysisArn": analysis.arn, "Permissions": analysis.permissions, "Status": 200})


def update_analysis_permissions(self):
    params = _body(self)
    analysis = _find(_analyses(self.quicksight_backend), self._get_param("AnalysisId"), "Analysis")
    analysis.permissions = apply_permission_changes(self.quicksight_backend, analysis.permissions, params.get("GrantPermissions"), params.get("RevokePermissions"))
    return ActionResult({"AnalysisId": analysis.analysis_id, "AnalysisArn": analysis.arn, "Permissions": analysis.permissions, "Status": 200})


# ---------------------------------------------------------------- dashboards


def _dashboard(self):
    return _find(self.quicksight_backend.dashboards, self._get_param("DashboardId"), "Dashboard")


def create_dashboard(self):
    backend, params = self.quicksight_backend, _body(self)
    dashboard_id = self._get_param("DashboardId")
    if dashboard_id in backend.dashboards:
        raise ResourceExistsException(f"Dashboard {dashboard_id} already exists.")
    dashboard = BiDashboard(backend, dashboard_id, params)
    backend.dashboards[dashboard_id] = dashboard
    _tag(self, dashboard.arn, params.get("Tags"))
    version = dashboard.version(1)
    return ActionResult({"Arn": dashboard.arn, "VersionArn": version.arn, "DashboardId": dashboard_id, "CreationStatus": version.status, "Status": 202})


def update_dashboard(self):
    dashboard = _dashboard(self)
    version = dashboard.add_version(self.quicksight_backend, _body(self))
    return ActionResult({"Arn": dashboard.arn, "VersionArn": version.arn, "DashboardId": dashboard.dashboard_id, "CreationStatus": version.status, "Status": 202})


def update_dashboard_published_version(self):
    dashboard = _dashboard(self)
    dashboard.publish(self._get_param("VersionNumber"))
    return ActionResult({"DashboardId": dashboard.dashboard_id, "DashboardArn": dashboard.arn, "Status": 200})


def describe_dashboard(self):
    return ActionResult({"Dashboard": _dashboard(self).describe(_query(self, "version-number")), "Status": 200})


def describe_dashboard_definition(self):
    dashboard = _dashboard(self)
    version = dashboard.version(_query(self, "version-number"))
    return ActionResult({
        "DashboardId": dashboard.dashboard_id, "Name": dashboard.name, "Errors": version.errors, "ResourceStatus": version.status,
        "ThemeArn": version.theme_arn, "Definition": version.definition, "DashboardPublishOptions": dashboard.publish_options, "Status": 200,
    })


def list_dashboards(self):
    return ActionResult({"DashboardSummaryList": [d.summary() for d in self.quicksight_backend.dashboards.values()], "Status": 200})


def list_dashboard_versions(self):
    dashboard = _dashboard(self)
    return ActionResult({"DashboardVersionSummaryList": [v.summary() for v in dashboard.versions], "Status": 200})


def delete_dashboard(self):
    dashboard = _dashboard(self)
    if _query(self, "version-number"):
        raise InvalidParameterValueException("Deleting a single dashboard version is not emulated; delete the dashboard.")
    del self.quicksight_backend.dashboards[dashboard.dashboard_id]
    return ActionResult({"Arn": dashboard.arn, "DashboardId": dashboard.dashboard_id, "Status": 200})


def _dashboard_permissions(dashboard):
    return {
        "DashboardId": dashboard.dashboard_id, "DashboardArn": dashboard.arn, "Permissions": dashboard.permissions,
        "LinkSharingConfiguration": {"Permissions": dashboard.link_permissions}, "Status": 200,
    }


def describe_dashboard_permissions(self):
    return ActionResult(_dashboard_permissions(_dashboard(self)))


def update_dashboard_permissions(self):
    params, dashboard, backend = _body(self), _dashboard(self), self.quicksight_backend
    dashboard.permissions = apply_permission_changes(backend, dashboard.permissions, params.get("GrantPermissions"), params.get("RevokePermissions"))
    dashboard.link_permissions = apply_permission_changes(backend, dashboard.link_permissions, params.get("GrantLinkPermissions"), params.get("RevokeLinkPermissions"))
    return ActionResult(_dashboard_permissions(dashboard))


OPERATIONS = (
    create_data_source, describe_data_source, list_data_sources, register_user,
    create_data_set, update_data_set, describe_data_set, list_data_sets, delete_data_set, describe_data_set_permissions, update_data_set_permissions,
    create_analysis, update_analysis, describe_analysis, describe_analysis_definition, list_analyses, delete_analysis,
    describe_analysis_permissions, update_analysis_permissions,
    create_dashboard, update_dashboard, update_dashboard_published_version, describe_dashboard, describe_dashboard_definition,
    list_dashboards, list_dashboard_versions, delete_dashboard, describe_dashboard_permissions, update_dashboard_permissions,
)


def apply():
    global _applied
    if _applied:
        return
    for operation in OPERATIONS:
        setattr(QuickSightResponse, operation.__name__, operation)
    for route in ROUTES:
        urls.url_paths.setdefault(_ACCOUNT + route, QuickSightResponse.dispatch)
    _applied = True
