"""nubelab_emulator.quicksight_bi, against the real server: data sets, analyses and dashboards are
kept and described as AWS describes them, with their permissions, versions and validation."""
import pickle
import uuid

import pytest
from botocore.exceptions import ClientError

ACCOUNT = "123456789012"
READER_ACTIONS = ["quicksight:DescribeDashboard", "quicksight:ListDashboardVersions", "quicksight:QueryDashboard"]
COLUMNS = [{"Name": "payment_type", "Type": "INTEGER"}, {"Name": "fare_amount", "Type": "DECIMAL"}]


def unique(prefix):
    return f"{prefix}-{uuid.uuid4().hex[:8]}"


@pytest.fixture
def qs(boto_client):
    return boto_client("quicksight")


@pytest.fixture
def user(qs):
    name = unique("reader")
    out = qs.register_user(AwsAccountId=ACCOUNT, Namespace="default", IdentityType="QUICKSIGHT", Email=f"{name}@example.com", UserRole="READER", UserName=name)
    return out["User"]["Arn"]


@pytest.fixture
def source(qs):
    source_id = unique("athena")
    out = qs.create_data_source(
        AwsAccountId=ACCOUNT, DataSourceId=source_id, Name="Taxi trips via Athena", Type="ATHENA",
        DataSourceParameters={"AthenaParameters": {"WorkGroup": "taxis"}},
    )
    return out["Arn"]


def table_data_set(qs, source_arn, **extra):
    data_set_id = unique("trips")
    qs.create_data_set(
        AwsAccountId=ACCOUNT, DataSetId=data_set_id, Name="Trips", ImportMode="DIRECT_QUERY",
        PhysicalTableMap={"trips": {"RelationalTable": {"DataSourceArn": source_arn, "Schema": "taxis", "Name": "taxi_trips", "InputColumns": COLUMNS}}},
        **extra,
    )
    return data_set_id


def definition(data_set_arn, identifier="trips", used=None):
    visual = {"BarChartVisual": {"VisualId": "fare-by-payment", "ChartConfiguration": {"FieldWells": {"BarChartAggregatedFieldWells": {
        "Category": [{"CategoricalDimensionField": {"FieldId": "payment", "Column": {"DataSetIdentifier": used or identifier, "ColumnName": "payment_type"}}}],
    }}}}}
    return {
        "DataSetIdentifierDeclarations": [{"Identifier": identifier, "DataSetArn": data_set_arn}],
        "Sheets": [{"SheetId": "overview", "Name": "Overview", "Visuals": [visual]}],
    }


def data_set_arn(data_set_id):
    return f"arn:aws:quicksight:us-east-1:{ACCOUNT}:dataset/{data_set_id}"


def test_a_data_set_keeps_its_tables_mode_and_permissions(qs, source, user):
    data_set_id = table_data_set(qs, source, Permissions=[{"Principal": user, "Actions": ["quicksight:DescribeDataSet"]}])
    described = qs.describe_data_set(AwsAccountId=ACCOUNT, DataSetId=data_set_id)["DataSet"]
    table = described["PhysicalTableMap"]["trips"]["RelationalTable"]
    assert (table["DataSourceArn"], table["Schema"], table["Name"]) == (source, "taxis", "taxi_trips")
    assert described["ImportMode"] == "DIRECT_QUERY"
    assert described["OutputColumns"] == COLUMNS
    listed = qs.list_data_sets(AwsAccountId=ACCOUNT)["DataSetSummaries"]
    assert data_set_id in [d["DataSetId"] for d in listed]
    permissions = qs.describe_data_set_permissions(AwsAccountId=ACCOUNT, DataSetId=data_set_id)["Permissions"]
    assert permissions == [{"Principal": user, "Actions": ["quicksight:DescribeDataSet"]}]


def test_a_custom_sql_data_set_is_kept(qs, source):
    data_set_id = unique("sql")
    sql = "SELECT payment_type, avg(fare_amount) AS avg_fare FROM taxi_trips GROUP BY 1"
    qs.create_data_set(
        AwsAccountId=ACCOUNT, DataSetId=data_set_id, Name="Fares", ImportMode="SPICE",
        PhysicalTableMap={"fares": {"CustomSql": {"DataSourceArn": source, "Name": "fares", "SqlQuery": sql, "Columns": COLUMNS}}},
    )
    described = qs.describe_data_set(AwsAccountId=ACCOUNT, DataSetId=data_set_id)["DataSet"]
    assert described["PhysicalTableMap"]["fares"]["CustomSql"]["SqlQuery"] == sql
    assert described["ImportMode"] == "SPICE"


def test_a_data_set_needs_an_existing_data_source_and_a_new_id(qs, source):
    missing = f"arn:aws:quicksight:us-east-1:{ACCOUNT}:datasource/nowhere"
    with pytest.raises(ClientError) as unknown:
        table_data_set(qs, missing)
    assert unknown.value.response["Error"]["Code"] == "InvalidParameterValueException"
    data_set_id = table_data_set(qs, source)
    with pytest.raises(ClientError) as exists:
        qs.create_data_set(
            AwsAccountId=ACCOUNT, DataSetId=data_set_id, Name="Again", ImportMode="SPICE",
            PhysicalTableMap={"t": {"RelationalTable": {"DataSourceArn": source, "Name": "taxi_trips", "InputColumns": COLUMNS}}},
        )
    assert exists.value.response["Error"]["Code"] == "ResourceExistsException"
    qs.delete_data_set(AwsAccountId=ACCOUNT, DataSetId=data_set_id)
    with pytest.raises(ClientError) as gone:
        qs.describe_data_set(AwsAccountId=ACCOUNT, DataSetId=data_set_id)
    assert gone.value.response["Error"]["Code"] == "ResourceNotFoundException"


def test_an_analysis_is_described_with_its_data_sets_and_definition(qs, source, user):
    data_set_id = table_data_set(qs, source)
    analysis_id = unique("analysis")
    created = qs.create_analysis(
        AwsAccountId=ACCOUNT, AnalysisId=analysis_id, Name="Fares", Definition=definition(data_set_arn(data_set_id)),
        Permissions=[{"Principal": user, "Actions": ["quicksight:DescribeAnalysis"]}],
    )
    assert created["CreationStatus"] == "CREATION_SUCCESSFUL"
    analysis = qs.describe_analysis(AwsAccountId=ACCOUNT, AnalysisId=analysis_id)["Analysis"]
    assert analysis["DataSetArns"] == [data_set_arn(data_set_id)]
    assert analysis["Sheets"] == [{"SheetId": "overview", "Name": "Overview"}]
    stored = qs.describe_analysis_definition(AwsAccountId=ACCOUNT, AnalysisId=analysis_id)["Definition"]
    assert stored["Sheets"][0]["Visuals"][0]["BarChartVisual"]["VisualId"] == "fare-by-payment"
    assert analysis_id in [a["AnalysisId"] for a in qs.list_analyses(AwsAccountId=ACCOUNT)["AnalysisSummaryList"]]
    assert qs.describe_analysis_permissions(AwsAccountId=ACCOUNT, AnalysisId=analysis_id)["Permissions"][0]["Principal"] == user


def test_an_analysis_over_an_unknown_data_set_is_refused(qs):
    with pytest.raises(ClientError) as refused:
        qs.create_analysis(AwsAccountId=ACCOUNT, AnalysisId=unique("analysis"), Name="x", Definition=definition(data_set_arn("no-such-set")))
    assert refused.value.response["Error"]["Code"] == "InvalidParameterValueException"


def test_a_visual_over_an_undeclared_identifier_fails_the_analysis(qs, source):
    data_set_id = table_data_set(qs, source)
    analysis_id = unique("analysis")
    created = qs.create_analysis(AwsAccountId=ACCOUNT, AnalysisId=analysis_id, Name="x", Definition=definition(data_set_arn(data_set_id), used="other"))
    assert created["CreationStatus"] == "CREATION_FAILED"
    errors = qs.describe_analysis(AwsAccountId=ACCOUNT, AnalysisId=analysis_id)["Analysis"]["Errors"]
    assert [e["Type"] for e in errors] == ["DATA_SET_NOT_FOUND"]


def test_deleting_an_analysis_schedules_it_unless_forced(qs, source):
    data_set_id = table_data_set(qs, source)
    scheduled, forced = unique("analysis"), unique("analysis")
    for analysis_id in (scheduled, forced):
        qs.create_analysis(AwsAccountId=ACCOUNT, AnalysisId=analysis_id, Name="x", Definition=definition(data_set_arn(data_set_id)))
    qs.delete_analysis(AwsAccountId=ACCOUNT, AnalysisId=scheduled, RecoveryWindowInDays=7)
    assert qs.describe_analysis(AwsAccountId=ACCOUNT, AnalysisId=scheduled)["Analysis"]["Status"] == "DELETED"
    qs.delete_analysis(AwsAccountId=ACCOUNT, AnalysisId=forced, ForceDeleteWithoutRecovery=True)
    with pytest.raises(ClientError) as gone:
        qs.describe_analysis(AwsAccountId=ACCOUNT, AnalysisId=forced)
    assert gone.value.response["Error"]["Code"] == "ResourceNotFoundException"


def test_a_dashboard_publishes_its_first_version_and_later_ones_on_request(qs, source):
    data_set_id = table_data_set(qs, source)
    dashboard_id = unique("dashboard")
    qs.create_dashboard(AwsAccountId=ACCOUNT, DashboardId=dashboard_id, Name="Fares", Definition=definition(data_set_arn(data_set_id)))
    first = qs.describe_dashboard(AwsAccountId=ACCOUNT, DashboardId=dashboard_id)["Dashboard"]
    assert first["Version"]["VersionNumber"] == 1
    assert first["Version"]["Status"] == "CREATION_SUCCESSFUL"
    assert first["Version"]["DataSetArns"] == [data_set_arn(data_set_id)]
    qs.update_dashboard(AwsAccountId=ACCOUNT, DashboardId=dashboard_id, Name="Fares v2", Definition=definition(data_set_arn(data_set_id)))
    summary = [d for d in qs.list_dashboards(AwsAccountId=ACCOUNT)["DashboardSummaryList"] if d["DashboardId"] == dashboard_id][0]
    assert summary["PublishedVersionNumber"] == 1
    assert qs.describe_dashboard(AwsAccountId=ACCOUNT, DashboardId=dashboard_id, VersionNumber=2)["Dashboard"]["Version"]["VersionNumber"] == 2
    qs.update_dashboard_published_version(AwsAccountId=ACCOUNT, DashboardId=dashboard_id, VersionNumber=2)
    assert qs.describe_dashboard(AwsAccountId=ACCOUNT, DashboardId=dashboard_id)["Dashboard"]["Version"]["VersionNumber"] == 2
    versions = qs.list_dashboard_versions(AwsAccountId=ACCOUNT, DashboardId=dashboard_id)["DashboardVersionSummaryList"]
    assert [v["VersionNumber"] for v in versions] == [1, 2]
    assert qs.describe_dashboard_definition(AwsAccountId=ACCOUNT, DashboardId=dashboard_id)["Definition"]["Sheets"][0]["SheetId"] == "overview"
    qs.delete_dashboard(AwsAccountId=ACCOUNT, DashboardId=dashboard_id)
    with pytest.raises(ClientError) as gone:
        qs.describe_dashboard(AwsAccountId=ACCOUNT, DashboardId=dashboard_id)
    assert gone.value.response["Error"]["Code"] == "ResourceNotFoundException"


def test_dashboard_permissions_are_granted_and_revoked_for_registered_users_only(qs, source, user):
    data_set_id = table_data_set(qs, source)
    dashboard_id = unique("dashboard")
    qs.create_dashboard(AwsAccountId=ACCOUNT, DashboardId=dashboard_id, Name="Fares", Definition=definition(data_set_arn(data_set_id)))
    assert qs.describe_dashboard_permissions(AwsAccountId=ACCOUNT, DashboardId=dashboard_id)["Permissions"] == []
    qs.update_dashboard_permissions(AwsAccountId=ACCOUNT, DashboardId=dashboard_id, GrantPermissions=[{"Principal": user, "Actions": READER_ACTIONS}])
    granted = qs.describe_dashboard_permissions(AwsAccountId=ACCOUNT, DashboardId=dashboard_id)["Permissions"]
    assert granted == [{"Principal": user, "Actions": sorted(READER_ACTIONS)}]
    nobody = f"arn:aws:quicksight:us-east-1:{ACCOUNT}:user/default/nobody-{uuid.uuid4().hex[:6]}"
    with pytest.raises(ClientError) as unknown:
        qs.update_dashboard_permissions(AwsAccountId=ACCOUNT, DashboardId=dashboard_id, GrantPermissions=[{"Principal": nobody, "Actions": READER_ACTIONS}])
    assert unknown.value.response["Error"]["Code"] == "InvalidParameterValueException"
    qs.update_dashboard_permissions(AwsAccountId=ACCOUNT, DashboardId=dashboard_id, RevokePermissions=[{"Principal": user, "Actions": READER_ACTIONS}])
    assert qs.describe_dashboard_permissions(AwsAccountId=ACCOUNT, DashboardId=dashboard_id)["Permissions"] == []


def test_a_dashboard_from_a_template_answers_as_for_a_missing_template(qs, source):
    data_set_id = table_data_set(qs, source)
    with pytest.raises(ClientError) as missing:
        qs.create_dashboard(
            AwsAccountId=ACCOUNT, DashboardId=unique("dashboard"), Name="x",
            SourceEntity={"SourceTemplate": {"Arn": f"arn:aws:quicksight:us-east-1:{ACCOUNT}:template/t", "DataSetReferences": [{"DataSetPlaceholder": "p", "DataSetArn": data_set_arn(data_set_id)}]}},
        )
    assert missing.value.response["Error"]["Code"] == "ResourceNotFoundException"


def test_users_and_data_sources_are_not_overwritten(qs, source):
    name = unique("user")
    qs.register_user(AwsAccountId=ACCOUNT, Namespace="default", IdentityType="QUICKSIGHT", Email=f"{name}@example.com", UserRole="READER", UserName=name)
    with pytest.raises(ClientError) as user_exists:
        qs.register_user(AwsAccountId=ACCOUNT, Namespace="default", IdentityType="QUICKSIGHT", Email="other@example.com", UserRole="ADMIN", UserName=name)
    assert user_exists.value.response["Error"]["Code"] == "ResourceExistsException"
    assert qs.describe_user(AwsAccountId=ACCOUNT, Namespace="default", UserName=name)["User"]["Role"] == "READER"
    source_id = source.rsplit("/", 1)[1]
    with pytest.raises(ClientError) as source_exists:
        qs.create_data_source(AwsAccountId=ACCOUNT, DataSourceId=source_id, Name="again", Type="ATHENA", DataSourceParameters={"AthenaParameters": {"WorkGroup": "other"}})
    assert source_exists.value.response["Error"]["Code"] == "ResourceExistsException"
    assert qs.describe_data_source(AwsAccountId=ACCOUNT, DataSourceId=source_id)["DataSource"]["DataSourceParameters"]["AthenaParameters"]["WorkGroup"] == "taxis"


def test_the_resources_survive_a_pickle_with_their_backend():
    # saved_state.py pickles whole backends: the classes must be importable module-level ones.
    from moto.quicksight.models import QuickSightBackend
    from nubelab_emulator.quicksight_resources import BiAnalysis, BiDashboard, BiDataSet

    backend = QuickSightBackend("us-east-1", ACCOUNT)
    source = backend.create_data_source(ACCOUNT, "athena", "Athena", "ATHENA", {"AthenaParameters": {"WorkGroup": "taxis"}})
    data_set = BiDataSet(backend, "trips", {"Name": "Trips", "ImportMode": "SPICE", "PhysicalTableMap": {"t": {"RelationalTable": {"DataSourceArn": source.arn, "Name": "taxi_trips", "InputColumns": COLUMNS}}}})
    backend.data_sets["trips"] = data_set
    backend.__dict__["nubelab_analyses"] = {"a": BiAnalysis(backend, "a", {"Name": "A", "Definition": definition(data_set.arn)})}
    backend.dashboards["d"] = BiDashboard(backend, "d", {"Name": "D", "Definition": definition(data_set.arn)})
    restored = pickle.loads(pickle.dumps(backend))
    assert restored.data_sets["trips"].describe()["PhysicalTableMap"] == data_set.physical_table_map
    assert restored.nubelab_analyses["a"].describe()["DataSetArns"] == [data_set.arn]
    assert restored.dashboards["d"].describe()["Version"]["VersionNumber"] == 1


def test_updates_replace_a_data_set_s_tables_and_an_analysis_definition(qs, source):
    data_set_id = table_data_set(qs, source)
    sql = "SELECT payment_type, fare_amount FROM taxi_trips"
    qs.update_data_set(
        AwsAccountId=ACCOUNT, DataSetId=data_set_id, Name="Trips (SQL)", ImportMode="SPICE",
        PhysicalTableMap={"sql": {"CustomSql": {"DataSourceArn": source, "Name": "sql", "SqlQuery": sql, "Columns": COLUMNS}}},
    )
    described = qs.describe_data_set(AwsAccountId=ACCOUNT, DataSetId=data_set_id)["DataSet"]
    assert list(described["PhysicalTableMap"]) == ["sql"]
    assert (described["Name"], described["ImportMode"]) == ("Trips (SQL)", "SPICE")
    analysis_id = unique("analysis")
    qs.create_analysis(AwsAccountId=ACCOUNT, AnalysisId=analysis_id, Name="x", Definition=definition(data_set_arn(data_set_id)))
    updated = qs.update_analysis(AwsAccountId=ACCOUNT, AnalysisId=analysis_id, Name="y", Definition=definition(data_set_arn(data_set_id), used="other"))
    assert updated["UpdateStatus"] == "UPDATE_FAILED"
    with pytest.raises(ClientError) as refused:
        qs.update_analysis(AwsAccountId=ACCOUNT, AnalysisId=analysis_id, Name="z", Definition=definition(data_set_arn("missing")))
    assert refused.value.response["Error"]["Code"] == "InvalidParameterValueException"


def test_data_source_times_are_epoch_seconds_as_quicksight_sends_them(endpoint, source):
    # The JavaScript SDK refuses ISO text for QuickSight's timestamps; boto3 accepts both, so read the raw body.
    import json
    import urllib.request

    auth = "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20250101/us-east-1/quicksight/aws4_request, SignedHeaders=host;x-amz-date, Signature=0"
    request = urllib.request.Request(f"{endpoint}/accounts/{ACCOUNT}/data-sources", headers={"Authorization": auth})
    with urllib.request.urlopen(request, timeout=30) as res:
        listed = json.loads(res.read())["DataSources"]
    mine = [s for s in listed if s["Arn"] == source][0]
    assert isinstance(mine["CreatedTime"], (int, float)) and isinstance(mine["LastUpdatedTime"], (int, float))
    assert mine["DataSourceParameters"] == {"AthenaParameters": {"WorkGroup": "taxis"}}
