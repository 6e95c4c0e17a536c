"""Helpers for the Athena and Glue tests: a bucket with data, a Glue database, a query run to its end.
Everything goes over HTTP to the session's moto server, as a lab would."""
import time
from pathlib import Path

from lambda_support import unique

TAXI_SAMPLE = Path(__file__).resolve().parents[2] / "data" / "taxi-sample.csv"


class DataLake:
    def __init__(self, boto_client):
        self.s3 = boto_client("s3")
        self.glue = boto_client("glue")
        self.athena = boto_client("athena")
        self.logs = boto_client("logs")
        self.iam = boto_client("iam")
        self.bucket = unique("lake")
        self.results = unique("results")
        self.s3.create_bucket(Bucket=self.bucket)
        self.s3.create_bucket(Bucket=self.results)
        self.database = unique("db").replace("-", "_")
        self.glue.create_database(DatabaseInput={"Name": self.database})

    def put(self, key, body):
        self.s3.put_object(Bucket=self.bucket, Key=key, Body=body.encode() if isinstance(body, str) else body)

    def csv_table(self, name, folder, columns, skip_header=True, delimiter=",", partition_keys=()):
        params = {"skip.header.line.count": "1"} if skip_header else {}
        self.glue.create_table(DatabaseName=self.database, TableInput={
            "Name": name,
            "TableType": "EXTERNAL_TABLE",
            "Parameters": {"classification": "csv", **params},
            "PartitionKeys": [{"Name": k, "Type": t} for k, t in partition_keys],
            "StorageDescriptor": {
                "Columns": [{"Name": n, "Type": t} for n, t in columns],
                "Location": f"s3://{self.bucket}/{folder}/",
                "InputFormat": "org.apache.hadoop.mapred.TextInputFormat",
                "OutputFormat": "org.apache.hadoop.hive.ql.io.HiveIgnoreKeyTextOutputFormat",
                "SerdeInfo": {"SerializationLibrary": "org.apache.hadoop.hive.serde2.lazy.LazySimpleSerDe", "Parameters": {"field.delim": delimiter}},
            },
        })

    def start(self, sql, workgroup=None, output=True, database=None):
        kwargs = {"QueryString": sql, "QueryExecutionContext": {"Database": database or self.database}}
        if output:
            kwargs["ResultConfiguration"] = {"OutputLocation": f"s3://{self.results}/client/"}
        if workgroup:
            kwargs["WorkGroup"] = workgroup
        return self.athena.start_query_execution(**kwargs)["QueryExecutionId"]

    def wait(self, query_id, timeout_s=60):
        deadline = time.monotonic() + timeout_s
        while True:
            execution = self.athena.get_query_execution(QueryExecutionId=query_id)["QueryExecution"]
            if execution["Status"]["State"] in ("SUCCEEDED", "FAILED", "CANCELLED") or time.monotonic() > deadline:
                return execution
            time.sleep(0.05)

    def query(self, sql, **kwargs):
        """(execution, rows as lists of text, column info); rows exclude the header row."""
        execution = self.wait(self.start(sql, **kwargs))
        if execution["Status"]["State"] != "SUCCEEDED":
            return execution, None, None
        pages = self.athena.get_paginator("get_query_results").paginate(QueryExecutionId=execution["QueryExecutionId"])
        rows, info = [], None
        for page in pages:
            info = page["ResultSet"]["ResultSetMetadata"]["ColumnInfo"]
            rows += [[d.get("VarCharValue") for d in r["Data"]] for r in page["ResultSet"]["Rows"]]
        return execution, rows, info


def wait_for(predicate, timeout_s=30, every_s=0.1):
    deadline = time.monotonic() + timeout_s
    while True:
        value = predicate()
        if value or time.monotonic() > deadline:
            return value
        time.sleep(every_s)
