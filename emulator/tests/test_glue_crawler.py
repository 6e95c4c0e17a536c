"""Glue crawlers create tables from S3 folders (glue_runs/crawler.py), checked over HTTP."""
import io
import json
import time

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from data_lake_support import TAXI_SAMPLE, DataLake, unique, wait_for

TRUST = {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "glue.amazonaws.com"}, "Action": "sts:AssumeRole"}]}


@pytest.fixture(scope="module")
def lake(boto_client):
    lake = DataLake(boto_client)
    lake.role = lake.iam.create_role(RoleName=unique("glue-role"), AssumeRolePolicyDocument=json.dumps(TRUST))["Role"]["Arn"]
    return lake


def crawl(lake, path, database=None, prefix=None):
    name = unique("crawler")
    kwargs = {"TablePrefix": prefix} if prefix else {}
    lake.glue.create_crawler(Name=name, Role=lake.role, DatabaseName=database or lake.database, Targets={"S3Targets": [{"Path": path}]}, **kwargs)
    started = time.monotonic()
    lake.glue.start_crawler(Name=name)
    first_state = lake.glue.get_crawler(Name=name)["Crawler"]["State"]
    done = wait_for(lambda: lake.glue.get_crawler(Name=name)["Crawler"]["State"] == "READY")
    assert done, "the crawler never got back to READY"
    return name, first_state, time.monotonic() - started


def test_a_crawl_creates_one_table_per_folder_with_csv_types_and_serde(lake):
    lake.put("raw/taxi/taxi-sample.csv", TAXI_SAMPLE.read_bytes())
    lake.put("raw/zones/zones.csv", "LocationID,Borough,Zone\n1,EWR,Newark Airport\n2,Queens,Jamaica Bay\n")
    name, first_state, _ = crawl(lake, f"s3://{lake.bucket}/raw/")
    assert first_state == "RUNNING", "StartCrawler returns before the crawl ends"
    crawler = lake.glue.get_crawler(Name=name)["Crawler"]
    assert crawler["LastCrawl"]["Status"] == "SUCCEEDED"
    tables = {t["Name"]: t for t in lake.glue.get_tables(DatabaseName=lake.database)["TableList"]}
    assert {"taxi", "zones"} <= set(tables)
    taxi = tables["taxi"]
    columns = dict((c["Name"], c["Type"]) for c in taxi["StorageDescriptor"]["Columns"])
    assert columns["vendorid"] == "bigint" and columns["fare_amount"] == "double"
    assert columns["store_and_fwd_flag"] == "string" and columns["tpep_pickup_datetime"] == "string"
    sd = taxi["StorageDescriptor"]
    assert sd["Location"] == f"s3://{lake.bucket}/raw/taxi/"
    assert sd["SerdeInfo"]["SerializationLibrary"] == "org.apache.hadoop.hive.serde2.lazy.LazySimpleSerDe"
    assert sd["SerdeInfo"]["Parameters"]["field.delim"] == ","
    assert sd["InputFormat"] == "org.apache.hadoop.mapred.TextInputFormat"
    assert taxi["Parameters"]["classification"] == "csv" and taxi["Parameters"]["skip.header.line.count"] == "1"
    metrics = lake.glue.get_crawler_metrics(CrawlerNameList=[name])["CrawlerMetricsList"][0]
    assert (metrics["TablesCreated"], metrics["TablesUpdated"], metrics["StillEstimating"]) == (2, 0, False)
    crawls = lake.glue.list_crawls(CrawlerName=name)["Crawls"]
    assert [c["State"] for c in crawls] == ["COMPLETED"] and "EndTime" in crawls[0]
    logs = lake.logs.get_log_events(logGroupName="/aws-glue/crawlers", logStreamName=name)["events"]
    assert any(f"Created table taxi in database {lake.database}" in e["message"] for e in logs)
    # Athena reads the crawled table as it is.
    execution, rows, _ = lake.query("SELECT count(*), sum(fare_amount) > 0 FROM taxi")
    assert rows[1] == ["500", "true"], execution["Status"]


def test_partitions_come_from_key_value_folders_and_parquet_keeps_its_types(lake):
    for month, ids in (("01", [1, 2]), ("02", [3])):
        table = pa.table({"trip_id": pa.array(ids, pa.int32()), "fare": pa.array([1.5] * len(ids), pa.float64()), "ts": pa.array([0] * len(ids), pa.timestamp("ms"))})
        buffer = io.BytesIO()
        pq.write_table(table, buffer)
        lake.put(f"processed/trips/year=2025/month={month}/part-0.parquet", buffer.getvalue())
    name, _, _ = crawl(lake, f"s3://{lake.bucket}/processed/", prefix="p_")
    table = lake.glue.get_table(DatabaseName=lake.database, Name="p_trips")["Table"]
    assert [(c["Name"], c["Type"]) for c in table["StorageDescriptor"]["Columns"]] == [("trip_id", "int"), ("fare", "double"), ("ts", "timestamp")]
    assert [k["Name"] for k in table["PartitionKeys"]] == ["year", "month"]
    assert "ParquetHiveSerDe" in table["StorageDescriptor"]["SerdeInfo"]["SerializationLibrary"]
    partitions = lake.glue.get_partitions(DatabaseName=lake.database, TableName="p_trips")["Partitions"]
    assert sorted(p["Values"] for p in partitions) == [["2025", "01"], ["2025", "02"]]
    _, rows, _ = lake.query("SELECT month, count(*) FROM p_trips GROUP BY month ORDER BY month")
    assert rows[1:] == [["01", "2"], ["02", "1"]]


def test_json_lines_become_a_json_table(lake):
    lake.put("events/clicks/a.json", '{"user": "ana", "n": 3}\n{"user": "luis", "n": 5}\n')
    lake.put("events/tmp/a.csv", "x,y\n1,2\n")
    name = unique("crawler")
    lake.glue.create_crawler(Name=name, Role=lake.role, DatabaseName=lake.database, Targets={"S3Targets": [{"Path": f"s3://{lake.bucket}/events/", "Exclusions": ["tmp/**"]}]})
    lake.glue.start_crawler(Name=name)
    assert wait_for(lambda: lake.glue.get_crawler(Name=name)["Crawler"]["State"] == "READY")
    assert "tmp" not in [t["Name"] for t in lake.glue.get_tables(DatabaseName=lake.database)["TableList"]]
    table = lake.glue.get_table(DatabaseName=lake.database, Name="clicks")["Table"]
    assert table["StorageDescriptor"]["SerdeInfo"]["SerializationLibrary"] == "org.openx.data.jsonserde.JsonSerDe"
    assert [(c["Name"], c["Type"]) for c in table["StorageDescriptor"]["Columns"]] == [("user", "string"), ("n", "bigint")]


def test_a_second_crawl_updates_and_a_missing_database_fails(lake):
    lake.put("again/t/a.csv", "a,b\n1,x\n")
    name, _, _ = crawl(lake, f"s3://{lake.bucket}/again/")
    lake.glue.start_crawler(Name=name)
    assert wait_for(lambda: lake.glue.get_crawler(Name=name)["Crawler"]["State"] == "READY")
    assert lake.glue.get_table(DatabaseName=lake.database, Name="t")["Table"]["VersionId"] == "2"
    metrics = lake.glue.get_crawler_metrics(CrawlerNameList=[name])["CrawlerMetricsList"][0]
    assert (metrics["TablesCreated"], metrics["TablesUpdated"]) == (0, 1)
    missing, _, _ = crawl(lake, f"s3://{lake.bucket}/again/", database="no_such_db")
    last = lake.glue.get_crawler(Name=missing)["Crawler"]["LastCrawl"]
    assert last["Status"] == "FAILED" and "no_such_db" in last["ErrorMessage"]
    no_bucket, _, _ = crawl(lake, "s3://no-such-bucket-nubelab/raw/")
    last = lake.glue.get_crawler(Name=no_bucket)["Crawler"]["LastCrawl"]
    assert last["Status"] == "FAILED" and "no-such-bucket-nubelab" in last["ErrorMessage"]
