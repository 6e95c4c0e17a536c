"""Runs one Athena statement with DuckDB over the Glue tables it names.

Each query gets its own in-memory DuckDB (512 MB, 2 threads: the emulator shares a small machine)
with a catalog named `awsdatacatalog`, one schema per Glue database it uses and one view per
table (tables.py), so `t`, `db.t` and `awsdatacatalog.db.t` resolve as on Athena. Statements
run here: SELECT/WITH/VALUES (DML) and CREATE TABLE … AS SELECT (written as Parquet); the ones
that only touch the catalog are in catalog_statements.py.
"""
import json
import re
import shutil
import tempfile
import time
from pathlib import Path

import duckdb

from .. import data_lake
from . import ddl, results
from .catalog_statements import CatalogStatements, Outcome
from .errors import QueryFailure, at, from_duckdb
from .tables import read_table
from .translate import MACROS, SESSION_SETTINGS, TranslationError, strip_comments, to_duckdb

# Athena statements the emulator does not run, and DuckDB-only ones that must not run (they would
# touch the server's files or settings); anything else goes to DuckDB's parser.
_NOT_RUN = {
    "INSERT", "UPDATE", "DELETE", "MERGE", "ALTER", "CREATE", "DROP", "SHOW", "UNLOAD", "OPTIMIZE", "VACUUM",
    "EXPLAIN", "PREPARE", "EXECUTE", "DEALLOCATE", "USE", "SET", "RESET", "CALL", "COPY", "ATTACH", "DETACH",
    "PRAGMA", "INSTALL", "LOAD", "EXPORT", "IMPORT", "CHECKPOINT", "SUMMARIZE", "PIVOT", "UNPIVOT", "BEGIN", "COMMIT", "ROLLBACK",
}
MEMORY_LIMIT = "512MB"
THREADS = 2


class Query(CatalogStatements):
    def __init__(self, account_id, region, sql, database, query_id, output_folder):
        self.account_id, self.region = account_id, region
        self.sql = strip_comments(sql)
        self.database = (database or "default").lower()
        self.query_id = query_id
        self.output_folder = output_folder
        self.glue = data_lake.glue(account_id, region)

    def run(self):
        started = time.monotonic()
        folder = Path(tempfile.mkdtemp(prefix="athena-"))
        try:
            outcome = self._dispatch(folder)
        except TranslationError as e:
            raise QueryFailure(f"{e.category}: {at(self.sql, e.offset)}: {e}") from None
        except duckdb.Error as e:
            raise from_duckdb(e) from None
        except data_lake.NoSuchBucket as missing:
            raise QueryFailure(f"HIVE_CANNOT_OPEN_SPLIT: The specified bucket does not exist: {missing.bucket}") from None
        finally:
            shutil.rmtree(folder, ignore_errors=True)
        outcome.engine_ms = int((time.monotonic() - started) * 1000)
        return outcome

    def _dispatch(self, folder):
        head = self.sql.lstrip("(").split(None, 3)
        first = [w.upper() for w in head[:3]] + ["", "", ""]
        if first[0] in ("SELECT", "WITH", "VALUES", "TABLE"):
            return self._select(folder)
        if ddl.is_create_external(self.sql):
            return self._create_external()
        if first[0] == "CREATE" and first[1] == "TABLE" and ddl.is_ctas(self.sql):
            return self._ctas(folder)
        if first[0] == "CREATE" and first[1] in ("DATABASE", "SCHEMA"):
            return self._create_database()
        if first[0] == "DROP" and first[1] == "TABLE":
            return self._drop_table()
        if first[0] == "DROP" and first[1] in ("DATABASE", "SCHEMA"):
            return self._drop_database()
        if first[0] == "MSCK":
            return self._msck_repair()
        if first[0] == "ALTER" and re.match(r"^\s*ALTER\s+TABLE\s+\S+\s+ADD\s+(IF\s+NOT\s+EXISTS\s+)?PARTITION\b", self.sql, re.I):
            return self._add_partitions()
        if first[0] == "SHOW" and first[1] == "TABLES":
            return self._show_tables()
        if first[0] == "SHOW" and first[1] in ("DATABASES", "SCHEMAS"):
            return self._listing(["database_name"], sorted(self.glue.databases), "SHOW_DATABASES")
        if first[0] in ("DESCRIBE", "DESC"):
            return self._describe()
        if first[0] in _NOT_RUN:
            raise TranslationError("NOT_SUPPORTED", f"{first[0]} {first[1]} statements are not supported by NubeLab's emulator")
        return self._select(folder)  # DuckDB's parser reports the syntax error

    # --- SELECT -----------------------------------------------------------------------------
    def _connect(self):
        con = duckdb.connect(config={"memory_limit": MEMORY_LIMIT, "threads": THREADS})
        for statement in SESSION_SETTINGS + MACROS:
            con.execute(statement)
        con.execute("ATTACH ':memory:' AS awsdatacatalog")
        return con

    def _prepare(self, con, translated, folder):
        """Creates the views the query reads; returns the bytes of the files behind them."""
        scanned = 0
        databases = {self.database}
        for catalog, database, table in _referenced_tables(con, translated):
            if catalog and catalog != "awsdatacatalog":
                raise TranslationError("CATALOG_NOT_FOUND", f"Catalog '{catalog}' does not exist", _find(self.sql, catalog))
            database = database or self.database
            offset = _find(self.sql, database if f"{database}." in self.sql.lower() else table)
            if database not in self.glue.databases:
                raise TranslationError("SCHEMA_NOT_FOUND", f"Schema '{database}' does not exist", offset)
            tables = self.glue.databases[database].tables
            if table not in tables:
                raise TranslationError("TABLE_NOT_FOUND", f"Table 'awsdatacatalog.{database}.{table}' does not exist", offset)
            definition = data_lake.table_input(tables[table])
            read = read_table(self.account_id, self.region, definition, list(tables[table].partitions.values()), folder)
            scanned += read.bytes_read
            databases.add(database)
            con.execute(f'CREATE SCHEMA IF NOT EXISTS awsdatacatalog."{database}"')
            con.execute(f'CREATE OR REPLACE VIEW awsdatacatalog."{database}"."{table}" AS {read.view_sql}')
        for database in databases:
            con.execute(f'CREATE SCHEMA IF NOT EXISTS awsdatacatalog."{database}"')
        con.execute(f'USE awsdatacatalog."{self.database}"')
        # From here on the query reaches only this query's copies: no other file, no extension.
        con.execute("SET allowed_directories = [?]", [str(folder) + "/"])
        con.execute("SET enable_external_access = false")
        con.execute("SET lock_configuration = true")
        return scanned

    def _select(self, folder, sql=None):
        translated = to_duckdb(sql or self.sql)
        con = self._connect()
        try:
            scanned = self._prepare(con, translated, folder)
            cursor = con.execute(translated)
            types = [d[1] for d in cursor.description]
            duck_names = [d[0] for d in cursor.description]
            rows = [[results.text(v) for v in row] for row in cursor.fetchall()]
            names = _result_names(con, translated, duck_names)  # after fetchall: it runs a statement
            return Outcome("DML", "SELECT", names, types, rows, scanned)
        finally:
            con.close()

    # --- CREATE TABLE AS SELECT (the catalog statements are in catalog_statements.py) ------------
    def _ctas(self, folder):
        database, name, if_not_exists, props, select = ddl.parse_ctas(self.sql, self.database)
        self._require_database(database)
        if name in self.glue.databases[database].tables:
            if if_not_exists:
                return Outcome("DDL", "CREATE_TABLE_AS_SELECT", ["rows"], ["BIGINT"], [["0"]])
            raise TranslationError("ALREADY_EXISTS", f"Table 'awsdatacatalog.{database}.{name}' already exists")
        fmt = props.get("format", "PARQUET").upper()
        if fmt != "PARQUET":
            raise TranslationError("NOT_SUPPORTED", f"CTAS with format '{fmt}' is not supported by NubeLab's emulator (PARQUET is)")
        location = props.get("external_location") or f"{self.output_folder}tables/{self.query_id}/"
        location = location if location.endswith("/") else location + "/"
        if data_lake.list_objects(self.account_id, self.region, location):
            raise TranslationError("HIVE_PATH_ALREADY_EXISTS", f"Target directory for table '{database}.{name}' already exists: {location}. You may need to manually clean the data at location '{location}' before retrying")
        partitioned_by = [p.lower() for p in props.get("partitioned_by", [])]
        compression = props.get("write_compression", "SNAPPY").lower()
        translated = to_duckdb(select)
        con = self._connect()
        try:
            scanned = self._prepare(con, translated, folder)
            con.execute(f"CREATE TEMP TABLE ctas_result AS {translated}")  # run the SELECT once
            description = con.execute("SELECT * FROM ctas_result LIMIT 0").description
            names, types = [d[0].lower() for d in description], [d[1] for d in description]
            if partitioned_by and names[-len(partitioned_by):] != partitioned_by:
                raise TranslationError("HIVE_COLUMN_ORDER_MISMATCH", "Partition keys must be the last columns in the table and in the same order as the table properties: " + ", ".join(partitioned_by))
            files = self._write_parquet(con, folder / "ctas", partitioned_by, compression)
            count = con.execute("SELECT count(*) FROM ctas_result").fetchone()[0]
        finally:
            con.close()
        partitions = {}
        for index, (relative_dir, path) in enumerate(files):
            data_lake.put_object(self.account_id, self.region, f"{location}{relative_dir}{self.query_id}_{index:05d}", path.read_bytes())
            if relative_dir:
                partitions[relative_dir] = [part.split("=", 1)[1] for part in relative_dir.strip("/").split("/")]
        self._register_ctas(database, name, location, names, types, partitioned_by, compression, partitions)
        return Outcome("DDL", "CREATE_TABLE_AS_SELECT", ["rows"], ["BIGINT"], [[str(count)]], scanned)

    @staticmethod
    def _write_parquet(con, out, partitioned_by, compression):
        """[(partition folder 'k=v/' or '', local file)] of ctas_result written as Parquet."""
        if partitioned_by:
            keys = ", ".join(f'"{p}"' for p in partitioned_by)
            con.execute(f"COPY ctas_result TO '{out}' (FORMAT parquet, COMPRESSION {compression}, PARTITION_BY ({keys}))")
            return [(path.parent.relative_to(out).as_posix() + "/", path) for path in sorted(out.rglob("*.parquet"))]
        con.execute(f"COPY ctas_result TO '{out}.parquet' (FORMAT parquet, COMPRESSION {compression})")
        return [("", Path(f"{out}.parquet"))]

    def _register_ctas(self, database, name, location, names, types, partitioned_by, compression, partitions):
        columns = [{"Name": n, "Type": results.hive_type(t)} for n, t in zip(names, types) if n not in partitioned_by]
        keys = [{"Name": n, "Type": results.hive_type(t)} for n, t in zip(names, types) if n in partitioned_by]
        storage = {"Columns": columns, "Location": location.rstrip("/"), **ddl.PARQUET, "Compressed": False}
        table = {"Name": name, "TableType": "EXTERNAL_TABLE", "StorageDescriptor": storage, "PartitionKeys": keys,
                 "Parameters": {"EXTERNAL": "TRUE", "has_encrypted_data": "false", "parquet.compression": compression.upper()}}
        with data_lake.catalog_lock:
            self.glue.create_table(database, name, table)
            for relative_dir, values in sorted(partitions.items()):
                self.glue.create_partition(database, name, {"Values": values, "StorageDescriptor": {**storage, "Location": location + relative_dir.rstrip("/")}})



def _referenced_tables(con, sql):
    """(catalog, schema, table) of every table the statement reads, CTEs left out, from DuckDB's
    parse tree (parsing binds nothing, so an unknown function is reported later, with its place)."""
    tree = json.loads(con.execute("SELECT json_serialize_sql(?)", [sql]).fetchone()[0])
    if tree.get("error"):
        raise TranslationError("SYNTAX_ERROR", tree.get("error_message", "syntax error"), int(tree.get("position") or 0))
    found, ctes = [], set()

    def walk(node):
        if isinstance(node, dict):
            if node.get("type") == "BASE_TABLE":
                found.append(tuple((node.get(k) or "").lower() for k in ("catalog_name", "schema_name", "table_name")))
            for entry in (node.get("cte_map") or {}).get("map", []):
                ctes.add(entry["key"].lower())
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(tree)
    return sorted({t for t in found if not (t[2] in ctes and not t[0] and not t[1])})


def _find(sql, name):
    m = re.search(rf'\b"?{re.escape(name)}"?\b', sql, re.I)
    return m.start() if m else 0


# Parsed as column references by DuckDB, but functions in Trino (so unaliased they are _colN).
_NILADIC = {"current_timestamp", "current_date", "current_time", "localtimestamp", "localtime", "current_user"}


def _result_names(con, sql, duck_names):
    """Trino's column names: aliases and bare column references lowercased, _colN otherwise."""
    try:
        tree = json.loads(con.execute("SELECT json_serialize_sql(?)", [sql]).fetchone()[0])
        node = tree["statements"][0]["node"]
        while node.get("type") == "SET_OPERATION_NODE":
            node = node["left"]
        select_list = node.get("select_list") or []
    except (duckdb.Error, KeyError, IndexError, ValueError):
        select_list = []
    if not select_list or len(select_list) != len(duck_names) or any(e.get("class") in ("STAR", "COLUMNS") for e in select_list):
        return [n.lower() for n in duck_names]
    names = []
    for i, expression in enumerate(select_list):
        if expression.get("alias"):
            names.append(expression["alias"].lower())
        elif expression.get("class") == "COLUMN_REF" and expression["column_names"][-1].lower() not in _NILADIC:
            names.append(expression["column_names"][-1].lower())
        else:
            names.append(f"_col{i}")
    return names
