"""Athena runs SQL with DuckDB over Glue tables (athena_sql/), checked over HTTP like a lab."""
import csv
import io
import json

import pytest
from data_lake_support import TAXI_SAMPLE, DataLake, unique

TAXI_COLUMNS = [
    ("vendorid", "bigint"), ("tpep_pickup_datetime", "timestamp"), ("tpep_dropoff_datetime", "timestamp"),
    ("passenger_count", "bigint"), ("trip_distance", "double"), ("ratecodeid", "bigint"), ("store_and_fwd_flag", "string"),
    ("pulocationid", "bigint"), ("dolocationid", "bigint"), ("payment_type", "bigint"), ("fare_amount", "double"),
]


@pytest.fixture(scope="module")
def lake(boto_client):
    lake = DataLake(boto_client)
    lake.put("raw/taxi/taxi-sample.csv", TAXI_SAMPLE.read_bytes())
    lake.csv_table("trips", "raw/taxi", TAXI_COLUMNS)
    return lake


def _expected_by_payment():
    groups = {}
    with open(TAXI_SAMPLE) as f:
        for row in csv.DictReader(f):
            groups.setdefault(int(row["payment_type"]), []).append(float(row["fare_amount"]))
    return {k: (len(v), round(sum(v) / len(v), 2)) for k, v in groups.items()}


def test_a_select_returns_real_rows_with_header_and_athena_types(lake):
    execution, rows, info = lake.query(
        "SELECT payment_type, count(*) AS trips, round(avg(fare_amount), 2) AS avg_fare FROM trips GROUP BY payment_type ORDER BY payment_type"
    )
    assert execution["Status"]["State"] == "SUCCEEDED", execution["Status"]
    assert rows[0] == ["payment_type", "trips", "avg_fare"]
    assert [(c["Name"], c["Type"]) for c in info] == [("payment_type", "bigint"), ("trips", "bigint"), ("avg_fare", "double")]
    expected = _expected_by_payment()
    got = {int(r[0]): (int(r[1]), float(r[2])) for r in rows[1:]}
    assert got == expected
    stats = execution["Statistics"]
    assert stats["DataScannedInBytes"] == TAXI_SAMPLE.stat().st_size
    assert stats["EngineExecutionTimeInMillis"] > 0


def test_the_result_csv_and_metadata_are_written_to_the_output_location(lake):
    execution, rows, _ = lake.query("SELECT vendorid, tpep_pickup_datetime, store_and_fwd_flag FROM trips ORDER BY tpep_pickup_datetime LIMIT 3")
    query_id = execution["QueryExecutionId"]
    assert execution["ResultConfiguration"]["OutputLocation"] == f"s3://{lake.results}/client/{query_id}.csv"
    body = lake.s3.get_object(Bucket=lake.results, Key=f"client/{query_id}.csv")["Body"].read().decode()
    lines = body.splitlines()
    assert lines[0] == '"vendorid","tpep_pickup_datetime","store_and_fwd_flag"'
    assert len(lines) == 4 and all(line.startswith('"') for line in lines)
    assert rows[1][1].endswith(".000") and len(rows[1][1]) == len("2025-01-01 00:00:00.000")
    meta = lake.s3.head_object(Bucket=lake.results, Key=f"client/{query_id}.csv.metadata")
    assert meta["ContentLength"] > 0


def test_unaliased_expressions_are_named_like_trino(lake):
    _, rows, _ = lake.query("SELECT count(*), max(VendorID), VendorID AS V, current_date FROM trips GROUP BY vendorid ORDER BY 2 LIMIT 1")
    assert rows[0] == ["_col0", "_col1", "v", "_col3"]


def test_paging_returns_every_row_once_with_the_header_first(lake):
    query_id = lake.start("SELECT fare_amount FROM trips")
    assert lake.wait(query_id)["Status"]["State"] == "SUCCEEDED"
    first = lake.athena.get_query_results(QueryExecutionId=query_id, MaxResults=100)
    assert first["ResultSet"]["Rows"][0]["Data"][0]["VarCharValue"] == "fare_amount"
    assert len(first["ResultSet"]["Rows"]) == 100 and "NextToken" in first
    total = sum(len(p["ResultSet"]["Rows"]) for p in lake.athena.get_paginator("get_query_results").paginate(QueryExecutionId=query_id, PaginationConfig={"PageSize": 100}))
    assert total == 501  # header + 500 trips


@pytest.mark.parametrize("sql, reason_start", [
    ("SELECT tip FROM trips", "COLUMN_NOT_FOUND: line 1:8: Column 'tip' cannot be resolved"),
    ("SELECT * FROM nope", "TABLE_NOT_FOUND: line 1:15: Table 'awsdatacatalog."),
    ("SELECT * FROM missing_db.trips", "SCHEMA_NOT_FOUND: line 1:15: Schema 'missing_db' does not exist"),
    ("SELEC 1", "SYNTAX_ERROR: line 1:1:"),
    ("SELECT no_such_function(fare_amount) FROM trips", "FUNCTION_NOT_FOUND: line 1:8: Function 'no_such_function' not registered"),
    ("SELECT `vendorid` FROM trips", "SYNTAX_ERROR: line 1:8: backquoted identifiers are not supported"),
    ("SELECT log(fare_amount) FROM trips", "NOT_SUPPORTED: line 1:8: Function 'log'"),
    ("SELECT 1 / 0", "DIVISION_BY_ZERO"),
    ("SELECT * FROM read_csv('/etc/passwd')", "NOT_SUPPORTED: line 1:15: queries read the tables of the Glue Data Catalog only"),
    ("COPY (SELECT 1) TO '/tmp/nubelab-athena-copy.csv'", "NOT_SUPPORTED"),
])
def test_a_bad_query_fails_with_a_reason_a_learner_can_act_on(lake, sql, reason_start):
    execution, rows, _ = lake.query(sql)
    status = execution["Status"]
    assert status["State"] == "FAILED" and rows is None
    assert status["StateChangeReason"].startswith(reason_start), status["StateChangeReason"]
    assert status["AthenaError"]["ErrorCategory"] == 2
    with pytest.raises(lake.athena.exceptions.InvalidRequestException):
        lake.athena.get_query_results(QueryExecutionId=execution["QueryExecutionId"])


@pytest.mark.parametrize("sql, expected", [
    ("SELECT 5 / 2", ["2"]),
    ("SELECT date_trunc('month', DATE '2025-01-15')", ["2025-01-01"]),
    ("SELECT date_trunc('hour', TIMESTAMP '2025-01-15 10:42:07')", ["2025-01-15 10:00:00.000"]),
    ("SELECT date_add('day', 3, DATE '2025-01-30')", ["2025-02-02"]),
    ("SELECT date_diff('day', TIMESTAMP '2025-01-01 23:00:00', TIMESTAMP '2025-01-02 01:00:00')", ["0"]),
    ("SELECT date_diff('hour', TIMESTAMP '2025-01-01 23:00:00', TIMESTAMP '2025-01-02 01:30:00')", ["2"]),
    ("SELECT from_iso8601_timestamp('2025-01-08T22:24:00Z')", ["2025-01-08 22:24:00.000 UTC"]),
    ("SELECT day_of_week(DATE '2025-01-05')", ["7"]),
    ("SELECT date_format(TIMESTAMP '2025-01-08 22:24:05', '%Y-%m-%d %H:%i:%s')", ["2025-01-08 22:24:05"]),
    ("SELECT date_parse('2025/01/08 22:24', '%Y/%m/%d %H:%i')", ["2025-01-08 22:24:00.000"]),
    ("SELECT try_cast('abc' AS integer), cast('42' AS bigint)", [None, "42"]),
    ("SELECT CAST(12345678.5 AS double), 0.5e0, true", ["1.23456785E7", "0.5", "true"]),
    ("SELECT concat('a', NULL), concat('a', 'b', 'c')", [None, "abc"]),
    ("SELECT greatest(1, NULL, 3), least(2, 5)", [None, "2"]),
    ("SELECT format('%.2f', 3.14159), truncate(2.7e0)", ["3.14", "2.0"]),
    ("SELECT element_at(ARRAY[1, 2, 3], -1), CAST(1.5 AS real)", ["3", "1.5"]),
])
def test_athena_functions_behave_like_athena(lake, sql, expected):
    execution, rows, _ = lake.query(sql)
    assert execution["Status"]["State"] == "SUCCEEDED", execution["Status"]
    assert rows[1] == expected


def test_approx_distinct_and_qualified_names(lake):
    _, rows, _ = lake.query(f'SELECT approx_distinct(payment_type) FROM awsdatacatalog.{lake.database}."trips"', database="default")
    with open(TAXI_SAMPLE) as f:
        assert rows[1] == [str(len({r["payment_type"] for r in csv.DictReader(f)}))]


def test_the_workgroup_output_location_and_encryption_win_when_enforced(lake):
    name = unique("wg")
    lake.athena.create_work_group(Name=name, Configuration={
        "ResultConfiguration": {"OutputLocation": f"s3://{lake.results}/enforced/", "EncryptionConfiguration": {"EncryptionOption": "SSE_S3"}},
        "EnforceWorkGroupConfiguration": True,
    })
    execution, rows, _ = lake.query("SELECT 1 AS one", workgroup=name)
    query_id = execution["QueryExecutionId"]
    assert execution["WorkGroup"] == name
    assert execution["ResultConfiguration"]["OutputLocation"] == f"s3://{lake.results}/enforced/{query_id}.csv"
    head = lake.s3.head_object(Bucket=lake.results, Key=f"enforced/{query_id}.csv")
    assert head["ServerSideEncryption"] == "AES256"
    assert not lake.s3.list_objects_v2(Bucket=lake.results, Prefix=f"client/{query_id}").get("KeyCount")


def test_without_any_output_location_the_query_is_refused(lake):
    with pytest.raises(lake.athena.exceptions.InvalidRequestException) as raised:
        lake.start("SELECT 1", output=False)
    assert "No output location provided" in str(raised.value)


def test_csv_with_another_delimiter_and_no_header(lake):
    lake.put("raw/pipes/a.txt", "1|ana|2.5\n2|luis|\n3|eva|x\n")
    lake.csv_table("pipes", "raw/pipes", [("id", "int"), ("name", "string"), ("score", "double")], skip_header=False, delimiter="|")
    execution, rows, _ = lake.query("SELECT id, name, score FROM pipes ORDER BY id")
    assert execution["Status"]["State"] == "SUCCEEDED", execution["Status"]
    assert rows[1:] == [["1", "ana", "2.5"], ["2", "luis", None], ["3", "eva", None]]


def test_json_lines_and_registered_partitions(lake):
    lake.put("events/year=2025/month=01/a.json", '{"id": 1, "kind": "a"}\n{"id": 2, "kind": "b"}\n')
    lake.put("events/year=2025/month=02/b.json", '{"id": 3, "kind": "a"}\n')
    execution, _, _ = lake.query(
        f"CREATE EXTERNAL TABLE events (id int, kind string) PARTITIONED BY (year string, month string) "
        f"ROW FORMAT SERDE 'org.openx.data.jsonserde.JsonSerDe' LOCATION 's3://{lake.bucket}/events/'"
    )
    assert execution["Status"]["State"] == "SUCCEEDED", execution["Status"]
    table = lake.glue.get_table(DatabaseName=lake.database, Name="events")["Table"]
    assert table["StorageDescriptor"]["SerdeInfo"]["SerializationLibrary"] == "org.openx.data.jsonserde.JsonSerDe"
    assert [k["Name"] for k in table["PartitionKeys"]] == ["year", "month"]
    # No partition registered yet: Athena reads nothing, as on AWS.
    _, rows, _ = lake.query("SELECT count(*) FROM events")
    assert rows[1] == ["0"]
    added = lake.query("ALTER TABLE events ADD PARTITION (year = '2025', month = '01')")[0]
    assert added["Status"]["State"] == "SUCCEEDED", added["Status"]
    _, rows, _ = lake.query("SELECT count(*) FROM events")
    assert rows[1] == ["2"]
    assert lake.query("MSCK REPAIR TABLE events")[0]["Status"]["State"] == "SUCCEEDED"
    _, rows, _ = lake.query("SELECT month, count(*) AS n FROM events WHERE kind = 'a' GROUP BY month ORDER BY month")
    assert rows[1:] == [["01", "1"], ["02", "1"]]


def test_create_table_as_select_writes_parquet_and_registers_the_table(lake):
    location = f"s3://{lake.bucket}/processed/by_payment/"
    execution, rows, _ = lake.query(
        f"CREATE TABLE by_payment WITH (format = 'PARQUET', external_location = '{location}') AS "
        "SELECT payment_type, count(*) AS trips FROM trips GROUP BY payment_type"
    )
    assert execution["Status"]["State"] == "SUCCEEDED", execution["Status"]
    assert rows == [["rows"], [str(len(_expected_by_payment()))]]
    keys = [o["Key"] for o in lake.s3.list_objects_v2(Bucket=lake.bucket, Prefix="processed/by_payment/")["Contents"]]
    body = lake.s3.get_object(Bucket=lake.bucket, Key=keys[0])["Body"].read()
    assert body[:4] == b"PAR1"
    table = lake.glue.get_table(DatabaseName=lake.database, Name="by_payment")["Table"]
    assert [(c["Name"], c["Type"]) for c in table["StorageDescriptor"]["Columns"]] == [("payment_type", "bigint"), ("trips", "bigint")]
    assert "Parquet" in table["StorageDescriptor"]["SerdeInfo"]["SerializationLibrary"]
    _, rows, _ = lake.query("SELECT sum(trips) FROM by_payment")
    assert rows[1] == ["500"]
    again, _, _ = lake.query(f"CREATE TABLE by_payment2 WITH (external_location = '{location}') AS SELECT 1 AS x")
    assert again["Status"]["StateChangeReason"].startswith("HIVE_PATH_ALREADY_EXISTS")


def test_show_tables_and_describe(lake):
    _, rows, _ = lake.query("SHOW TABLES")
    assert ["trips"] in rows
    _, rows, _ = lake.query("DESCRIBE trips")
    assert rows[0][0].split("\t")[0].strip() == "vendorid"


def test_the_client_output_location_wins_when_the_workgroup_does_not_enforce(lake):
    name = unique("wg")
    lake.athena.create_work_group(Name=name, Configuration={
        "ResultConfiguration": {"OutputLocation": f"s3://{lake.results}/group/"}, "EnforceWorkGroupConfiguration": False,
    })
    execution, _, _ = lake.query("SELECT 1", workgroup=name)
    assert execution["ResultConfiguration"]["OutputLocation"] == f"s3://{lake.results}/client/{execution['QueryExecutionId']}.csv"
    listed = lake.athena.list_query_executions(WorkGroup=name)["QueryExecutionIds"]
    assert listed == [execution["QueryExecutionId"]]


def test_ddl_reports_its_statement_type_and_writes_a_txt_result(lake):
    execution, _, _ = lake.query(
        f"CREATE EXTERNAL TABLE IF NOT EXISTS `quoted_csv` (`id` int, `city` string COMMENT 'where') "
        f"ROW FORMAT SERDE 'org.apache.hadoop.hive.serde2.OpenCSVSerde' WITH SERDEPROPERTIES ('separatorChar' = ';', 'quoteChar' = '\"') "
        f"LOCATION 's3://{lake.bucket}/quoted/' TBLPROPERTIES ('skip.header.line.count' = '1')"
    )
    assert execution["Status"]["State"] == "SUCCEEDED", execution["Status"]
    assert (execution["StatementType"], execution["SubstatementType"]) == ("DDL", "CREATE_TABLE")
    assert execution["ResultConfiguration"]["OutputLocation"].endswith(".txt")
    lake.put("quoted/a.csv", 'id;city\n1;"Lima; Perú"\n2;"Quito"\n')
    _, rows, _ = lake.query("SELECT city FROM quoted_csv ORDER BY id")
    assert rows[1:] == [["Lima; Perú"], ["Quito"]]


def test_a_partitioned_ctas_registers_its_partitions(lake):
    location = f"s3://{lake.bucket}/processed/by_vendor/"
    execution, _, _ = lake.query(
        f"CREATE TABLE by_vendor WITH (external_location = '{location}', partitioned_by = ARRAY['vendorid']) AS "
        "SELECT fare_amount, vendorid FROM trips"
    )
    assert execution["Status"]["State"] == "SUCCEEDED", execution["Status"]
    partitions = lake.glue.get_partitions(DatabaseName=lake.database, TableName="by_vendor")["Partitions"]
    assert partitions and all(p["StorageDescriptor"]["Location"].startswith(location + "vendorid=") for p in partitions)
    _, rows, _ = lake.query("SELECT count(*) FROM by_vendor")
    assert rows[1] == ["500"]
    wrong_order, _, _ = lake.query(
        f"CREATE TABLE by_vendor_bad WITH (external_location = 's3://{lake.bucket}/processed/bad/', partitioned_by = ARRAY['vendorid']) AS "
        "SELECT vendorid, fare_amount FROM trips"
    )
    assert wrong_order["Status"]["StateChangeReason"].startswith("HIVE_COLUMN_ORDER_MISMATCH")


def test_missing_buckets_fail_the_query_with_athena_reasons(lake):
    lake.glue.create_table(DatabaseName=lake.database, TableInput={"Name": "orphan", "StorageDescriptor": {
        "Columns": [{"Name": "a", "Type": "string"}], "Location": "s3://no-such-bucket-nubelab/x/",
        "SerdeInfo": {"SerializationLibrary": "org.apache.hadoop.hive.serde2.lazy.LazySimpleSerDe"}}})
    execution, _, _ = lake.query("SELECT * FROM orphan")
    assert execution["Status"]["StateChangeReason"] == "HIVE_CANNOT_OPEN_SPLIT: The specified bucket does not exist: no-such-bucket-nubelab"
    query_id = lake.athena.start_query_execution(QueryString="SELECT 1", ResultConfiguration={"OutputLocation": "s3://no-such-results-nubelab/"})["QueryExecutionId"]
    status = lake.wait(query_id)["Status"]
    assert (status["State"], status["StateChangeReason"]) == ("FAILED", "Unable to verify/create output bucket no-such-results-nubelab")


def test_history_lists_newest_first_and_batch_get_describes_runs(lake):
    name = unique("wg")
    lake.athena.create_work_group(Name=name, Configuration={"ResultConfiguration": {"OutputLocation": f"s3://{lake.results}/history/"}})
    first = lake.wait(lake.start("SELECT 1", workgroup=name))["QueryExecutionId"]
    second = lake.wait(lake.start("SELECT count(*) FROM trips", workgroup=name))["QueryExecutionId"]
    assert lake.athena.list_query_executions(WorkGroup=name)["QueryExecutionIds"] == [second, first]
    batch = lake.athena.batch_get_query_execution(QueryExecutionIds=[first, second, "00000000-0000-0000-0000-000000000000"])
    by_id = {e["QueryExecutionId"]: e for e in batch["QueryExecutions"]}
    assert by_id[second]["Query"] == "SELECT count(*) FROM trips"
    assert by_id[second]["Status"]["State"] == "SUCCEEDED" and by_id[second]["Statistics"]["DataScannedInBytes"] == TAXI_SAMPLE.stat().st_size
    assert [u["QueryExecutionId"] for u in batch["UnprocessedQueryExecutionIds"]] == ["00000000-0000-0000-0000-000000000000"]


def test_nested_json_and_gzipped_tsv(lake):
    import gzip

    lake.put("nested/a.json", '{"id": 1, "who": {"name": "ana", "age": 30}, "tags": ["x", "y"]}\n')
    lake.put("gz/a.tsv.gz", gzip.compress(b"a\tb\n1\tx\n2\ty\n"))
    for ddl in (
        f"CREATE EXTERNAL TABLE nested (id int, who struct<name:string,age:int>, tags array<string>) ROW FORMAT SERDE 'org.openx.data.jsonserde.JsonSerDe' LOCATION 's3://{lake.bucket}/nested/'",
        f"CREATE EXTERNAL TABLE gz (a int, b string) ROW FORMAT DELIMITED FIELDS TERMINATED BY '\\t' LOCATION 's3://{lake.bucket}/gz/' TBLPROPERTIES ('skip.header.line.count'='1')",
    ):
        assert lake.query(ddl)[0]["Status"]["State"] == "SUCCEEDED"
    _, rows, info = lake.query("SELECT who, who.name, tags, tags[1], cardinality(tags) FROM nested")
    assert rows == [["who", "name", "tags", "_col3", "_col4"], ["{name=ana, age=30}", "ana", "[x, y]", "x", "2"]]
    assert [c["Type"] for c in info] == ["row", "varchar", "array", "varchar", "bigint"]
    _, rows, _ = lake.query("SELECT a, b FROM gz ORDER BY a")
    assert rows[1:] == [["1", "x"], ["2", "y"]]
