"""Athena runs SQL: DuckDB executes each query over the S3 data of the Glue tables it names.

moto 5.2.5 stores queries and answers SUCCEEDED with no rows. Modules:
  execution.py  the API patches (workgroup output/encryption, states, statistics, result paging)
  engine.py     one statement end to end (SELECT, CREATE TABLE AS SELECT), dispatching the others
  catalog_statements.py  CREATE EXTERNAL TABLE, databases, DROP, partitions, SHOW/DESCRIBE
  tables.py     a Glue table → a DuckDB view over copies of its S3 objects (CSV/TSV, JSON, Parquet)
  ddl.py        Hive DDL and CTAS properties → Glue TableInput
  translate.py  Trino functions → DuckDB (the list of handled differences is its docstring)
  results.py    Athena's type names, value texts, result CSV and metadata
  errors.py     DuckDB errors → Athena's StateChangeReason (COLUMN_NOT_FOUND: line 1:8: …)
"""
from . import execution


def apply():
    execution.apply()
