"""QuickSight data sets, analyses and dashboards as AWS describes them (used by quicksight_bi.py).

Module-level classes with plain attributes only, so saved_state.py pickles them with the backend
they live in (`QuickSightBackend.data_sets`, `.dashboards`, and the `nubelab_analyses` dict the
patch adds). Validation follows what AWS refuses at request time: a data set must read through a
data source that exists, an analysis or dashboard definition must declare the data sets it uses
and each must exist, and a permission's user or group principal must be registered. What AWS only
reports later (a visual naming an undeclared data set identifier) ends as CREATION_FAILED with
the error in `Errors`, as AWS reports it asynchronously.
"""
import datetime

from moto.core.exceptions import JsonRESTError

PHYSICAL_TABLE_KINDS = ("RelationalTable", "CustomSql", "S3Source")
IMPORT_MODES = ("SPICE", "DIRECT_QUERY")


class ResourceExistsException(JsonRESTError):
    code = 409

    def __init__(self, message):
        super().__init__("ResourceExistsException", message)


class InvalidParameterValueException(JsonRESTError):
    def __init__(self, message):
        super().__init__("InvalidParameterValueException", message)


class ResourceNotFound(JsonRESTError):
    code = 404

    def __init__(self, message):
        super().__init__("ResourceNotFoundException", message)


def now():
    return datetime.datetime.now(datetime.timezone.utc)


def arn_of(region, account_id, kind, resource_id):
    return f"arn:aws:quicksight:{region}:{account_id}:{kind}/{resource_id}"


# ---------------------------------------------------------------- permissions


def check_principals(backend, permissions):
    """AWS refuses a permission for a user or group that is not registered in QuickSight."""
    for permission in permissions or []:
        principal = permission.get("Principal") or ""
        actions = permission.get("Actions") or []
        if not principal or not actions:
            raise InvalidParameterValueException("Each permission needs a Principal and at least one action.")
        kind, _, rest = principal.partition(":quicksight:")[2].partition(":")[2].partition(":")[2].partition("/")
        if kind not in ("user", "group"):
            continue
        namespace, _, name = rest.partition("/")
        known = backend.users if kind == "user" else backend.groups
        if f"{backend.account_id}:{namespace}:{name}" not in known:
            raise InvalidParameterValueException(f"Principal {principal} does not exist.")


def apply_permission_changes(backend, current, grants, revokes):
    """Grant adds actions to a principal, revoke removes them; a principal left with none is gone."""
    check_principals(backend, grants)
    by_principal = {p["Principal"]: set(p["Actions"]) for p in current}
    for grant in grants or []:
        by_principal.setdefault(grant["Principal"], set()).update(grant["Actions"])
    for revoke in revokes or []:
        remaining = by_principal.get(revoke["Principal"], set()) - set(revoke["Actions"])
        if remaining:
            by_principal[revoke["Principal"]] = remaining
        else:
            by_principal.pop(revoke["Principal"], None)
    return [{"Principal": p, "Actions": sorted(a)} for p, a in by_principal.items()]


# ---------------------------------------------------------------- data sets


def _physical_table_kind(table_id, table):
    kinds = [k for k in PHYSICAL_TABLE_KINDS if table.get(k) is not None]
    if len(kinds) != 1:
        raise InvalidParameterValueException(
            f"Physical table {table_id} must have exactly one of {', '.join(PHYSICAL_TABLE_KINDS)}."
        )
    return kinds[0]


def _data_source_arns(physical_table_map):
    arns = []
    for table_id, table in physical_table_map.items():
        kind = _physical_table_kind(table_id, table)
        source = table[kind]
        arn = source.get("DataSourceArn")
        if not arn:
            raise InvalidParameterValueException(f"Physical table {table_id} has no DataSourceArn.")
        arns.append(arn)
    return arns


def _output_columns(physical_table_map):
    columns = []
    for table in physical_table_map.values():
        source = table.get("RelationalTable") or table.get("CustomSql") or {}
        for column in source.get("InputColumns") or source.get("Columns") or []:
            columns.append({"Name": column["Name"], "Type": column["Type"]})
    return columns


class BiDataSet:
    """A data set: the tables it reads (PhysicalTableMap), how they are shaped (LogicalTableMap)."""

    def __init__(self, backend, data_set_id, params):
        physical = params.get("PhysicalTableMap") or {}
        if not physical:
            raise InvalidParameterValueException("PhysicalTableMap must name at least one table.")
        import_mode = params.get("ImportMode")
        if import_mode not in IMPORT_MODES:
            raise InvalidParameterValueException(f"ImportMode must be one of {', '.join(IMPORT_MODES)}.")
        sources = {s.arn for s in backend.data_sources.values()}
        for arn in _data_source_arns(physical):
            if arn not in sources:
                raise InvalidParameterValueException(f"Data source {arn} does not exist.")
        check_principals(backend, params.get("Permissions"))
        self.data_set_id = data_set_id
        self.arn = arn_of(backend.region_name, backend.account_id, "dataset", data_set_id)
        self.name = params.get("Name")
        self.physical_table_map = physical
        self.logical_table_map = params.get("LogicalTableMap") or {}
        self.import_mode = import_mode
        self.permissions = apply_permission_changes(backend, [], params.get("Permissions"), [])
        self.created_time = self.last_updated_time = now()

    def update(self, backend, params):
        """UpdateDataSet replaces the tables and mode; id, ARN, permissions and creation time stay."""
        replacement = BiDataSet(backend, self.data_set_id, {**params, "Permissions": None})
        self.name, self.import_mode = replacement.name, replacement.import_mode
        self.physical_table_map, self.logical_table_map = replacement.physical_table_map, replacement.logical_table_map
        self.last_updated_time = now()

    def describe(self):
        return {
            "Arn": self.arn,
            "DataSetId": self.data_set_id,
            "Name": self.name,
            "CreatedTime": self.created_time,
            "LastUpdatedTime": self.last_updated_time,
            "PhysicalTableMap": self.physical_table_map,
            "LogicalTableMap": self.logical_table_map,
            "OutputColumns": _output_columns(self.physical_table_map),
            "ImportMode": self.import_mode,
            "ConsumedSpiceCapacityInBytes": 0,
        }

    def summary(self):
        return {
            "Arn": self.arn,
            "DataSetId": self.data_set_id,
            "Name": self.name,
            "CreatedTime": self.created_time,
            "LastUpdatedTime": self.last_updated_time,
            "ImportMode": self.import_mode,
            "RowLevelPermissionDataSetSummary": None,
            "ColumnLevelPermissionRulesApplied": False,
        }


# ---------------------------------------------------------------- definitions (analyses, dashboards)


def _identifiers_used(node, found):
    """Every DataSetIdentifier a visual, filter or calculated field names, anywhere in the definition."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "DataSetIdentifier" and isinstance(value, str):
                found.add(value)
            else:
                _identifiers_used(value, found)
    elif isinstance(node, list):
        for item in node:
            _identifiers_used(item, found)
    return found


def read_definition(backend, definition, source_entity, what):
    """The data set ARNs and the errors of a definition, or of a template source (not emulated)."""
    if (definition is None) == (source_entity is None):
        raise InvalidParameterValueException(f"A {what} needs exactly one of Definition or SourceEntity.")
    if source_entity is not None:
        template = (source_entity.get("SourceTemplate") or {}).get("Arn", "")
        # Templates are not emulated: no template exists, so AWS's answer for an unknown one applies.
        raise ResourceNotFound(f"Template {template} does not exist (templates are not emulated; use Definition).")
    declarations = definition.get("DataSetIdentifierDeclarations") or []
    if not declarations:
        raise InvalidParameterValueException(f"The {what}'s definition must declare at least one data set.")
    known = {d.arn for d in backend.data_sets.values()}
    declared = {}
    for declaration in declarations:
        identifier, arn = declaration.get("Identifier"), declaration.get("DataSetArn")
        if not identifier or not arn:
            raise InvalidParameterValueException("Each DataSetIdentifierDeclaration needs Identifier and DataSetArn.")
        if arn not in known:
            raise InvalidParameterValueException(f"Data set {arn} does not exist.")
        declared[identifier] = arn
    used = _identifiers_used({k: v for k, v in definition.items() if k != "DataSetIdentifierDeclarations"}, set())
    errors = [
        {"Type": "DATA_SET_NOT_FOUND", "Message": f"Data set identifier {name} is not declared in DataSetIdentifierDeclarations."}
        for name in sorted(used - set(declared))
    ]
    return list(dict.fromkeys(declared.values())), errors


def sheets_of(definition):
    return [{"SheetId": s.get("SheetId"), "Name": s.get("Name")} for s in (definition or {}).get("Sheets") or []]


class BiAnalysis:
    """An analysis: the author's workspace of sheets and visuals over one or more data sets."""

    def __init__(self, backend, analysis_id, params):
        definition = params.get("Definition")
        self.data_set_arns, self.errors = read_definition(backend, definition, params.get("SourceEntity"), "analysis")
        check_principals(backend, params.get("Permissions"))
        self.analysis_id = analysis_id
        self.arn = arn_of(backend.region_name, backend.account_id, "analysis", analysis_id)
        self.name = params.get("Name")
        self.definition = definition
        self.theme_arn = params.get("ThemeArn")
        self.permissions = apply_permission_changes(backend, [], params.get("Permissions"), [])
        self.status = "CREATION_FAILED" if self.errors else "CREATION_SUCCESSFUL"
        self.created_time = self.last_updated_time = now()
        self.deletion_time = None

    def update(self, backend, params):
        """UpdateAnalysis replaces the definition (validated as on creation); permissions stay."""
        if self.status == "DELETED":
            raise InvalidParameterValueException(f"Analysis {self.analysis_id} is deleted; restore it first.")
        definition = params.get("Definition")
        self.data_set_arns, self.errors = read_definition(backend, definition, params.get("SourceEntity"), "analysis")
        self.name, self.definition, self.theme_arn = params.get("Name") or self.name, definition, params.get("ThemeArn")
        self.status = "UPDATE_FAILED" if self.errors else "UPDATE_SUCCESSFUL"
        self.last_updated_time = now()

    def describe(self):
        described = {
            "AnalysisId": self.analysis_id,
            "Arn": self.arn,
            "Name": self.name,
            "Status": self.status,
            "Errors": self.errors,
            "DataSetArns": self.data_set_arns,
            "Sheets": sheets_of(self.definition),
            "CreatedTime": self.created_time,
            "LastUpdatedTime": self.last_updated_time,
        }
        if self.theme_arn:
            described["ThemeArn"] = self.theme_arn
        return described

    def summary(self):
        return {k: v for k, v in self.describe().items() if k in ("Arn", "AnalysisId", "Name", "Status", "CreatedTime", "LastUpdatedTime")}


class BiDashboardVersion:
    def __init__(self, dashboard_arn, number, definition, data_set_arns, errors, description, theme_arn, source_entity_arn):
        self.version_number = number
        self.arn = f"{dashboard_arn}/version/{number}"
        self.definition = definition
        self.data_set_arns = data_set_arns
        self.errors = errors
        self.status = "CREATION_FAILED" if errors else "CREATION_SUCCESSFUL"
        self.description = description
        self.theme_arn = theme_arn
        self.source_entity_arn = source_entity_arn
        self.created_time = now()

    def describe(self):
        described = {
            "CreatedTime": self.created_time,
            "Errors": self.errors,
            "VersionNumber": self.version_number,
            "Status": self.status,
            "Arn": self.arn,
            "DataSetArns": self.data_set_arns,
            "Sheets": sheets_of(self.definition),
        }
        for key, value in (("Description", self.description), ("ThemeArn", self.theme_arn), ("SourceEntityArn", self.source_entity_arn)):
            if value:
                described[key] = value
        return described

    def summary(self):
        return {k: v for k, v in self.describe().items() if k in ("Arn", "CreatedTime", "VersionNumber", "Status", "SourceEntityArn", "Description")}


class BiDashboard:
    """A dashboard: numbered, immutable versions, one of them published (what readers see)."""

    def __init__(self, backend, dashboard_id, params):
        check_principals(backend, params.get("Permissions"))
        self.dashboard_id = dashboard_id
        self.arn = arn_of(backend.region_name, backend.account_id, "dashboard", dashboard_id)
        self.versions = []
        self.name = params.get("Name")
        self.add_version(backend, params)
        # AWS publishes a new dashboard's first version.
        self.published_version_number = 1
        self.permissions = apply_permission_changes(backend, [], params.get("Permissions"), [])
        self.link_permissions = []
        self.publish_options = params.get("DashboardPublishOptions")
        self.created_time = self.last_updated_time = self.last_published_time = now()

    def add_version(self, backend, params):
        definition = params.get("Definition")
        data_set_arns, errors = read_definition(backend, definition, params.get("SourceEntity"), "dashboard")
        version = BiDashboardVersion(
            self.arn, len(self.versions) + 1, definition, data_set_arns, errors,
            params.get("VersionDescription"), params.get("ThemeArn"), None,
        )
        self.versions.append(version)
        self.name = params.get("Name") or self.name
        self.last_updated_time = now()
        return version

    def version(self, number):
        wanted = self.published_version_number if number is None else int(number)
        if not 1 <= wanted <= len(self.versions):
            raise ResourceNotFound(f"Dashboard {self.dashboard_id} has no version {wanted}.")
        return self.versions[wanted - 1]

    def publish(self, number):
        version = self.version(number)
        if version.status != "CREATION_SUCCESSFUL":
            raise InvalidParameterValueException(f"Version {version.version_number} of dashboard {self.dashboard_id} failed and cannot be published.")
        self.published_version_number = version.version_number
        self.last_published_time = now()

    def describe(self, number=None):
        return {
            "DashboardId": self.dashboard_id,
            "Arn": self.arn,
            "Name": self.name,
            "Version": self.version(number).describe(),
            "CreatedTime": self.created_time,
            "LastPublishedTime": self.last_published_time,
            "LastUpdatedTime": self.last_updated_time,
        }

    def summary(self):
        return {
            "Arn": self.arn,
            "DashboardId": self.dashboard_id,
            "Name": self.name,
            "CreatedTime": self.created_time,
            "LastUpdatedTime": self.last_updated_time,
            "PublishedVersionNumber": self.published_version_number,
            "LastPublishedTime": self.last_published_time,
        }
