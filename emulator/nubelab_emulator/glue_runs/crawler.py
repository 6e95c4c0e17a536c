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
Objects matching the target's Exclusions (glob patterns relative to its path) are skipped. Unlike
Glue, folders with similar schemas are not merged into one table at a higher level.
The first file of each folder is sniffed (DuckDB's CSV sniffer, JSON and Parquet readers):
  csv     → LazySimpleSerDe with field.delim, skip.header.line.count=1 when there is a header;
            the built-in CSV classifier's default (it does not pick OpenCSVSerDe by itself).
            Types: bigint, double, boolean, string — dates and timestamps stay `string` as Glue's
            built-in CSV classifier leaves them (cast them in the query or the ETL job).
  json    → org.openx.data.jsonserde.JsonSerDe, same type rules as CSV (nested → struct/array).
  parquet → ParquetHiveSerDe with the file's own types (int, bigint, double, timestamp, date…).
Other files are skipped. Existing tables are updated (SchemaChangePolicy UPDATE_IN_DATABASE) and
missing partitions added. A crawl whose database or bucket is missing ends FAILED with that reason.
The crawl's log goes to /aws-glue/crawlers (stream = crawler name), as Glue writes it.
GetCrawlerMetrics (missing from moto) reports the last crawl's tables created/updated/deleted and
run times; ListCrawls shows a failed crawl's ErrorMessage.
"""
import fnmatch
import json
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
from moto.core.utils import utcnow
from moto.glue.models import FakeCrawl, FakeCrawler
from moto.glue.responses import GlueResponse

from .. import data_lake
from ..lambda_runs import logs
from . import classifiers

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
        crawl.status = "STOPPED" if crawl.status == "STOPPING" else "COMPLETED"  # StopCrawler during the crawl
    except CrawlFailure as failure:
        crawl.error_message = str(failure)
        lines.append((logs.now_ms(), f"[{crawl.crawl_id}] ERROR : {failure}"))
        crawl.status = "FAILED"
    except Exception as e:  # a bug of ours: the crawl still ends, and says so
        traceback.print_exc(file=sys.stderr)
        crawl.error_message = f"NubeLab's emulator failed to run this crawl: {e}"
        crawl.status = "FAILED"
    crawler.crawl_elapsed_time = int((time.monotonic() - started) * 1000)
    crawl.end_time = utcnow()
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
            try:
                folders = _table_folders(account, region, target["Path"], target.get("Exclusions") or [])
            except data_lake.NoSuchBucket as missing:
                raise CrawlFailure(f"The specified bucket does not exist: {missing.bucket} (target {target['Path']})") from None
            for name, group in folders.items():
                _catalogue(crawler, crawl, lines, (crawler.table_prefix or "") + name, group, folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _table_name(text):
    return re.sub(r"[^a-z0-9_]", "_", text.lower())


def _table_folders(account, region, target, exclusions):
    """{table name: {"location", "keys": [partition names], "parts": {values tuple: location}, "objects"}}.
    `exclusions`: the target's glob patterns, relative to its path (`**.tmp`, `archive/**`)."""
    bucket, prefix = data_lake.split_s3_url(target)
    prefix = prefix if not prefix or prefix.endswith("/") else prefix + "/"
    tables = {}
    for obj in data_lake.list_objects(account, region, target):
        relative = obj.key[len(prefix):]
        if any(fnmatch.fnmatchcase(relative, pattern) for pattern in exclusions):
            continue
        dirs = relative.split("/")[:-1]
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


def _catalogue(crawler, crawl, lines, name, group, folder):
    sample = next((o for o in group["objects"] if classifiers.classify(o)), None)
    if sample is None:
        return
    kind = classifiers.classify(sample)
    path = folder / f"{uuid.uuid4().hex}-{Path(sample.key).name}"
    path.write_bytes(sample.body)
    try:
        columns, dialect = classifiers.sniff(kind, path)
    except duckdb.Error as e:
        lines.append((logs.now_ms(), f"[{crawl.crawl_id}] WARN : Could not read {sample.key}: {str(e).splitlines()[0]}"))
        return
    keys = group["keys"] or []
    columns = [c for c in columns if c[0] not in keys]
    table = classifiers.table_input(crawler.name, name, kind, columns, keys, group, dialect)
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


def as_dict(self):
    """GetCrawler: LastCrawl describes the last *finished* crawl, with AWS's status names."""
    answer = _original_as_dict(self)
    finished = [c for c in self.crawls if c.status in _LAST_CRAWL_STATUS]
    answer.pop("LastCrawl", None)
    if finished:
        crawl = finished[-1]
        answer["LastCrawl"] = {
            "Status": _LAST_CRAWL_STATUS[crawl.status], "LogGroup": crawl.log_group, "LogStream": crawl.log_stream,
            "MessagePrefix": crawl.message_prefix, "StartTime": crawl.start_time,
        }
        if getattr(crawl, "error_message", None):
            answer["LastCrawl"]["ErrorMessage"] = crawl.error_message
    return answer


_LAST_CRAWL_STATUS = {"COMPLETED": "SUCCEEDED", "STOPPED": "CANCELLED", "FAILED": "FAILED"}


def crawl_as_dict(self):
    """ListCrawls' entry: moto's, plus the failure's message."""
    answer = _original_crawl_as_dict(self)
    if getattr(self, "error_message", None):
        answer["ErrorMessage"] = self.error_message
    return answer


def get_crawler_metrics(self):
    """GetCrawlerMetrics (missing from moto 5.2.5): the last finished crawl's figures per crawler."""
    names = self._get_param("CrawlerNameList") or list(self.glue_backend.crawlers)
    metrics = []
    for name in names:
        crawler = self.glue_backend.get_crawler(name)
        done = [c for c in crawler.crawls if hasattr(c, "summary") and c.status in ("COMPLETED", "FAILED")]
        running = bool(crawler.crawls) and crawler.crawls[-1].status == "RUNNING"
        last = done[-1] if done else None
        runtimes = sorted((c.end_time - c.start_time).total_seconds() for c in done if c.end_time)
        metrics.append({
            "CrawlerName": name,
            "TimeLeftSeconds": 0.0,
            "StillEstimating": running,
            "LastRuntimeSeconds": runtimes[-1] if runtimes and last and last.end_time else 0.0,
            "MedianRuntimeSeconds": runtimes[len(runtimes) // 2] if runtimes else 0.0,
            **(last.summary if last else {"TablesCreated": 0, "TablesUpdated": 0, "TablesDeleted": 0}),
        })
    return json.dumps({"CrawlerMetricsList": metrics})


_original_start = FakeCrawler.start_crawler
_original_as_dict = FakeCrawler.as_dict
_original_crawl_as_dict = FakeCrawl.as_dict


def apply():
    global _applied
    if _applied:
        return
    FakeCrawler.start_crawler = start_crawler
    FakeCrawler.as_dict = as_dict
    FakeCrawl.as_dict = crawl_as_dict
    GlueResponse.get_crawler_metrics = get_crawler_metrics
    _applied = True
