"""Glue crawlers create tables: one per folder of each S3 target, schema sniffed by DuckDB.

moto 5.2.5: `FakeCrawler.start_crawler` (glue/models.py ~L2065) appends a FakeCrawl that turns
COMPLETED as it is described; no table is created and LastCrawl.Status reads "COMPLETED" (AWS:
SUCCEEDED, CANCELLED or FAILED).

Here the crawl runs on a background thread (StartCrawler returns at once; the crawler is RUNNING,
then READY). For each S3 target, every object under it is grouped by table folder:
  s3://b/raw/trips/a.csv                    → table `trips` (its folder under the target)
  s3://b/raw/trips/year=2025/month=01/a.csv → table `trips`, partition keys year, month
  s3://b/raw/a.csv (files right in the target) → a table named after the target's last folder
Names are lowercased with characters other than a-z, 0-9 and _ made `_`, and TablePrefix added.
The first file of each folder is sniffed (DuckDB's CSV sniffer, JSON and Parquet readers):
  csv     → LazySimpleSerDe with field.delim, skip.header.line.count=1 when there is a header;
            the built-in CSV classifier's default (it does not pick OpenCSVSerDe by itself).
            Types: bigint, double, boolean, string — dates and timestamps stay `string` as Glue's
            built-in CSV classifier leaves them (cast them in the query or the ETL job).
  json    → org.openx.data.jsonserde.JsonSerDe, same type rules as CSV (nested → struct/array).
  parquet → ParquetHiveSerDe with the file's own types (int, bigint, double, timestamp, date…).
Other files are skipped. Existing tables are updated (SchemaChangePolicy UPDATE_IN_DATABASE) and
missing partitions added. A crawl whose database is missing ends FAILED with that reason. The
crawl's log goes to /aws-glue/crawlers (stream = crawler name), as Glue writes it.
"""
import re
import shutil
import sys
import tempfile
import time
import traceback
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import duckdb
from moto.glue.models import FakeCrawler

from .. import data_lake
from ..athena_sql.ddl import JSON, PARQUET, TEXTFILE
from ..lambda_runs import logs

_crawls = ThreadPoolExecutor(max_workers=1, thread_name_prefix="glue-crawl")
LOG_GROUP = "/aws-glue/crawlers"
_applied = False


def start_crawler(self):
    _original_start(self)
    crawl = data_lake.fix_state(self.crawls[-1])
    crawl.status = "RUNNING"
    crawl.error_message = None
    crawl.summary = {"TablesCreated": 0, "TablesUpdated": 0, "TablesDeleted": 0}
    crawl.log_group, crawl.log_stream, crawl.message_prefix = LOG_GROUP, self.name, crawl.crawl_id
    _crawls.submit(_crawl_logged, self, crawl)


def _crawl_logged(crawler, crawl):
    started = time.monotonic()
    lines = [(logs.now_ms(), f"[{crawl.crawl_id}] BENCHMARK : Running Start Crawl for Crawler {crawler.name}")]
    try:
        _crawl(crawler, crawl, lines)
        crawl.status = "COMPLETED"
    except CrawlFailure as failure:
        crawl.error_message = str(failure)
        lines.append((logs.now_ms(), f"[{crawl.crawl_id}] ERROR : {failure}"))
        crawl.status = "FAILED"
    except Exception as e:  # a bug of ours: the crawl still ends, and says so
        traceback.print_exc(file=sys.stderr)
        crawl.error_message = f"NubeLab's emulator failed to run this crawl: {e}"
        crawl.status = "FAILED"
    crawler.crawl_elapsed_time = int((time.monotonic() - started) * 1000)
    lines.append((logs.now_ms(), f"[{crawl.crawl_id}] BENCHMARK : Crawler has finished running and is in state READY"))
    logs.write(crawler.backend.account_id, crawler.backend.region_name, LOG_GROUP, crawler.name, lines)


class CrawlFailure(Exception):
    pass


def _crawl(crawler, crawl, lines):
    glue = crawler.backend
    if crawler.database_name not in glue.databases:
        raise CrawlFailure(f"Database {crawler.database_name} not found")
    account, region = glue.account_id, glue.region_name
    folder = Path(tempfile.mkdtemp(prefix="glue-crawl-"))
    try:
        for target in (crawler.targets or {}).get("S3Targets", []):
            for name, group in _table_folders(account, region, target["Path"]).items():
                _catalogue(crawler, crawl, lines, (crawler.table_prefix or "") + name, group, folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _table_name(text):
    return re.sub(r"[^a-z0-9_]", "_", text.lower())


def _table_folders(account, region, target):
    """{table name: {"location", "keys": [partition names], "parts": {values tuple: location}, "objects"}}."""
    bucket, prefix = data_lake.split_s3_url(target)
    prefix = prefix if not prefix or prefix.endswith("/") else prefix + "/"
    tables = {}
    for obj in data_lake.list_objects(account, region, target):
        dirs = obj.key[len(prefix):].split("/")[:-1]
        if dirs and "=" not in dirs[0]:
            name, base, partition_dirs = dirs[0], f"s3://{bucket}/{prefix}{dirs[0]}/", dirs[1:]
        else:
            name, base, partition_dirs = prefix.rstrip("/").split("/")[-1] or bucket, f"s3://{bucket}/{prefix}", dirs
        table = tables.setdefault(_table_name(name), {"location": base, "keys": None, "parts": {}, "objects": []})
        keys = [d.split("=", 1)[0].lower() if "=" in d else f"partition_{i}" for i, d in enumerate(partition_dirs)]
        table["keys"] = keys if table["keys"] is None else table["keys"]
        if keys == table["keys"]:
            values = tuple(d.split("=", 1)[1] if "=" in d else d for d in partition_dirs)
            if values:
                table["parts"][values] = base + "/".join(partition_dirs) + "/"
            table["objects"].append(obj)
    return tables


def _classify(obj):
    name = obj.key.lower()
    if obj.body[:4] == b"PAR1" or name.endswith(".parquet"):
        return "parquet"
    if name.endswith((".json", ".jsonl", ".ndjson")) or obj.body.lstrip()[:1] == b"{":
        return "json"
    if name.endswith((".csv", ".tsv", ".txt", ".csv.gz", ".tsv.gz")) or b"," in obj.body[:4096] or b"\t" in obj.body[:4096]:
        return "csv"
    return None


def _glue_type(duck, exact):
    t = str(duck).upper()
    if t.endswith("[]"):
        return f"array<{_glue_type(t[:-2], exact)}>"
    if t.startswith("STRUCT("):
        from ..athena_sql.tables import split_top_level

        fields = []
        for part in split_top_level(t[7:-1]):
            name, _, ftype = part.partition(" ")
            fields.append(f"{name.strip(chr(34)).lower()}:{_glue_type(ftype, exact)}")
        return f"struct<{','.join(fields)}>"
    if t in ("BIGINT", "HUGEINT", "UBIGINT", "UINTEGER") or (not exact and t in ("INTEGER", "SMALLINT", "TINYINT")):
        return "bigint"
    if t in ("INTEGER", "SMALLINT", "TINYINT"):
        return {"INTEGER": "int", "SMALLINT": "smallint", "TINYINT": "tinyint"}[t]
    if t in ("DOUBLE",) or (not exact and (t == "FLOAT" or t.startswith("DECIMAL"))):
        return "double"
    if exact and t == "FLOAT":
        return "float"
    if exact and t.startswith("DECIMAL"):
        return t.lower().replace(" ", "")
    if t == "BOOLEAN":
        return "boolean"
    if exact and t.startswith("TIMESTAMP"):
        return "timestamp"
    if exact and t == "DATE":
        return "date"
    if exact and t == "BLOB":
        return "binary"
    return "string"


def _sniff(kind, path):
    con = duckdb.connect(config={"memory_limit": "256MB", "threads": 2})
    try:
        if kind == "csv":
            delim, _, has_header, columns = con.execute("SELECT Delimiter, Quote, HasHeader, Columns FROM sniff_csv(?)", [str(path)]).fetchone()
            names = [c["name"].lower() if has_header else f"col{i}" for i, c in enumerate(columns)]
            return [(n, _glue_type(c["type"], False)) for n, c in zip(names, columns)], {"delimiter": delim, "header": has_header}
        reader = "read_parquet(?)" if kind == "parquet" else "read_json(?, format = 'newline_delimited')"
        described = con.execute(f"DESCRIBE SELECT * FROM {reader}", [str(path)]).fetchall()
        return [(row[0].lower(), _glue_type(row[1], kind == "parquet")) for row in described], {}
    finally:
        con.close()


def _catalogue(crawler, crawl, lines, name, group, folder):
    sample = next((o for o in group["objects"] if _classify(o)), None)
    if sample is None:
        return
    kind = _classify(sample)
    path = folder / f"{uuid.uuid4().hex}-{Path(sample.key).name}"
    path.write_bytes(sample.body)
    try:
        columns, dialect = _sniff(kind, path)
    except duckdb.Error as e:
        lines.append((logs.now_ms(), f"[{crawl.crawl_id}] WARN : Could not read {sample.key}: {str(e).splitlines()[0]}"))
        return
    keys = group["keys"] or []
    columns = [c for c in columns if c[0] not in keys]
    table = _table_input(crawler, name, kind, columns, keys, group, dialect)
    glue = crawler.backend
    database = glue.databases[crawler.database_name]
    with data_lake.catalog_lock:
        if name in database.tables:
            glue.update_table(crawler.database_name, name, table)
            crawl.summary["TablesUpdated"] += 1
            lines.append((logs.now_ms(), f"[{crawl.crawl_id}] INFO : Table {name} in database {crawler.database_name} updated"))
        else:
            glue.create_table(crawler.database_name, name, table)
            crawl.summary["TablesCreated"] += 1
            lines.append((logs.now_ms(), f"[{crawl.crawl_id}] INFO : Created table {name} in database {crawler.database_name}"))
        existing = database.tables[name].partitions
        for values, location in sorted(group["parts"].items()):
            if str(list(values)) not in existing:
                storage = {**table["StorageDescriptor"], "Location": location}
                glue.create_partition(crawler.database_name, name, {"Values": list(values), "StorageDescriptor": storage, "Parameters": dict(table["Parameters"])})


def _table_input(crawler, name, kind, columns, keys, group, dialect):
    formats = {"csv": TEXTFILE, "json": JSON, "parquet": PARQUET}[kind]
    serde_params = dict(formats["SerdeInfo"]["Parameters"])
    size = sum(o.size for o in group["objects"])
    params = {
        "classification": kind, "compressionType": "none", "typeOfData": "file",
        "objectCount": str(len(group["objects"])), "sizeKey": str(size),
        "CrawlerSchemaDeserializerVersion": "1.0", "CrawlerSchemaSerializerVersion": "1.0",
        "UPDATED_BY_CRAWLER": crawler.name,
    }
    if kind == "csv":
        serde_params["field.delim"] = dialect["delimiter"]
        params.update({"delimiter": dialect["delimiter"], "areColumnsQuoted": "false", "columnsOrdered": "true"})
        if dialect["header"]:
            params["skip.header.line.count"] = "1"
    if kind == "json":
        params["paths"] = ",".join(c[0] for c in columns)
    return {
        "Name": name,
        "TableType": "EXTERNAL_TABLE",
        "Owner": "owner",
        "Retention": 0,
        "Parameters": params,
        "PartitionKeys": [{"Name": k, "Type": "string"} for k in keys],
        "StorageDescriptor": {
            "Columns": [{"Name": n, "Type": t} for n, t in columns],
            "Location": group["location"],
            "InputFormat": formats["InputFormat"],
            "OutputFormat": formats["OutputFormat"],
            "Compressed": False,
            "NumberOfBuckets": -1,
            "SerdeInfo": {"SerializationLibrary": formats["SerdeInfo"]["SerializationLibrary"], "Parameters": serde_params},
            "BucketColumns": [], "SortColumns": [], "StoredAsSubDirectories": False,
            "Parameters": dict(params),
        },
    }


def as_dict(self):
    answer = _original_as_dict(self)
    crawl = self.crawls[-1] if self.crawls else None
    if crawl is not None and hasattr(crawl, "summary") and "LastCrawl" in answer:
        status = {"COMPLETED": "SUCCEEDED", "STOPPED": "CANCELLED", "FAILED": "FAILED"}.get(crawl.status)
        if status:  # AWS's LastCrawl describes the last finished crawl
            answer["LastCrawl"]["Status"] = status
            if crawl.error_message:
                answer["LastCrawl"]["ErrorMessage"] = crawl.error_message
        else:
            answer.pop("LastCrawl")
    return answer


_original_start = FakeCrawler.start_crawler
_original_as_dict = FakeCrawler.as_dict


def apply():
    global _applied
    if _applied:
        return
    FakeCrawler.start_crawler = start_crawler
    FakeCrawler.as_dict = as_dict
    _applied = True
