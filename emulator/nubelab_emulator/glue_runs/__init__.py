"""Glue runs: crawlers create catalog tables from S3 data, Python shell jobs run their script.

moto 5.2.5 stores crawlers and jobs but runs neither. Modules:
  crawler.py      StartCrawler: one table per folder, partitions, LastCrawl, GetCrawlerMetrics
  classifiers.py  a sample file → classification, Glue column types (DuckDB), TableInput
  jobs.py         StartJobRun: pythonshell scripts in a subprocess, logs, states; Spark jobs refused
  environment.py  what a job's process sees (libraries, argv, role credentials, AWS_ENDPOINT_URL)
  shim/awsglue    awsglue.utils.getResolvedOptions for the scripts
"""
from . import crawler, jobs


def apply():
    crawler.apply()
    jobs.apply()
