"""Runs one Athena statement with DuckDB over the Glue tables it names.

Each query gets its own in-memory DuckDB (512 MB, 2 threads: the emulator shares a small machine)
with a catalog named `awsdatacatalog`, one schema per Glue database it uses and one view per
table (tables.py), so `t`, `db.t` and `awsdatacatalog.db.t` resolve as on Athena. Statements:
SELECT/WITH/VALUES (DML); CREATE EXTERNAL TABLE, CREATE TABLE … AS SELECT, CREATE/DROP
DATABASE, DROP TABLE, MSCK REPAIR TABLE (DDL); SHOW TABLES/DATABASES, DESCRIBE (UTILITY).
"""
import json
import re
import shutil
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from .. import data_lake
from . import ddl, results
from .errors import QueryFailure, at, from_duckdb
from .tables import read_table
from .translate import MACROS, SESSION_SETTINGS, TranslationError, strip_comments, to_duckdb

MEMORY_LIMIT = "512MB"
THREADS = 2


@dataclass
class Outcome:
    statement_type: str
    substatement_type: str
    names: list = field(default_factory=list)
    types: list = field(default_factory=list)
    rows: list = field(default_factory=list)  # lists of text values (None = NULL)
    bytes_scanned: int = 0
    engine_ms: int = 0
    output_kind: str = "csv"  # csv (+ .metadata) or txt


class Query:
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
        if first[0] == "SHOW" and first[1] == "TABLES":
            return self._show_tables()
        if first[0] == "SHOW" and first[1] in ("DATABASES", "SCHEMAS"):
            return self._listing(["database_name"], sorted(self.glue.databases), "SHOW_DATABASES")
        if first[0] in ("DESCRIBE", "DESC"):
            return self._describe()
        if first[0] in ("INSERT", "UPDATE", "DELETE", "MERGE", "ALTER", "CREATE", "DROP", "SHOW", "UNLOAD", "OPTIMIZE", "VACUUM"):
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
            definition = dict(data_lake.table_input(tables[table]))
            definition["__partitions__"] = list(tables[table].partitions.values())
            read = read_table(self.account_id, self.region, definition, folder)
            scanned += read.bytes_read
            databases.add(database)
            con.execute(f'CREATE SCHEMA IF NOT EXISTS awsdatacatalog."{database}"')
            con.execute(f'CREATE OR REPLACE VIEW awsdatacatalog."{database}"."{table}" AS {read.view_sql}')
        for database in databases:
            con.execute(f'CREATE SCHEMA IF NOT EXISTS awsdatacatalog."{database}"')
        con.execute(f'USE awsdatacatalog."{self.database}"')
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

    # --- DDL ----------------------------------------------------------------------------------
    def _require_database(self, database):
        if database not in self.glue.databases:
            raise TranslationError("SCHEMA_NOT_FOUND", f"Schema '{database}' does not exist")

    def _create_external(self):
        database, if_not_exists, table = ddl.parse_create_external(self.sql, self.database)
        self._require_database(database)
        with data_lake.catalog_lock:
            if table["Name"] in self.glue.databases[database].tables:
                if not if_not_exists:
                    raise TranslationError("ALREADY_EXISTS", f"Table awsdatacatalog.{database}.{table['Name']} already exists")
            else:
                self.glue.create_table(database, table["Name"], table)
        return Outcome("DDL", "CREATE_TABLE", output_kind="txt")

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
        translated = to_duckdb(select)
        con = self._connect()
        try:
            scanned = self._prepare(con, translated, folder)
            relation = con.sql(translated)
            names = [n.lower() for n in relation.columns]
            types = relation.types
            out = folder / "ctas"
            compression = props.get("write_compression", "SNAPPY").lower()
            partition = f", PARTITION_BY ({', '.join(chr(34) + p + chr(34) for p in partitioned_by)})" if partitioned_by else ""
            con.execute(f"COPY ({translated}) TO '{out}' (FORMAT parquet, COMPRESSION {compression}{partition})" if partitioned_by else f"COPY ({translated}) TO '{out}.parquet' (FORMAT parquet, COMPRESSION {compression})")
            count = con.execute(f"SELECT count(*) FROM ({translated})").fetchone()[0]
        finally:
            con.close()
        written = sorted(out.rglob("*.parquet")) if partitioned_by else [Path(f"{out}.parquet")]
        for index, path in enumerate(written):
            relative = path.relative_to(out).parent.as_posix() + "/" if partitioned_by and path.parent != out else ""
            key = f"{location}{relative}{self.query_id}_{index:05d}.parquet" if not partitioned_by else f"{location}{relative}{self.query_id}_{index:05d}"
            data_lake.put_object(self.account_id, self.region, key, path.read_bytes())
        columns = [{"Name": n, "Type": results.hive_type(t)} for n, t in zip(names, types) if n not in partitioned_by]
        keys = [{"Name": n, "Type": results.hive_type(t)} for n, t in zip(names, types) if n in partitioned_by]
        storage = {"Columns": columns, "Location": location.rstrip("/"), **{k: v for k, v in ddl.PARQUET.items()}, "Compressed": False}
        table = {"Name": name, "TableType": "EXTERNAL_TABLE", "StorageDescriptor": storage, "PartitionKeys": keys,
                 "Parameters": {"EXTERNAL": "TRUE", "has_encrypted_data": "false", "parquet.compression": compression.upper()}}
        with data_lake.catalog_lock:
            self.glue.create_table(database, name, table)
            for path in written if partitioned_by else []:
                values = [part.split("=", 1)[1] for part in path.relative_to(out).parent.parts]
                part_location = location + path.relative_to(out).parent.as_posix()
                self.glue.create_partition(database, name, {"Values": values, "StorageDescriptor": {**storage, "Location": part_location}})
        return Outcome("DDL", "CREATE_TABLE_AS_SELECT", ["rows"], ["BIGINT"], [[str(count)]], scanned)

    def _create_database(self):
        m = re.match(r"^\s*CREATE\s+(?:DATABASE|SCHEMA)\s+(IF\s+NOT\s+EXISTS\s+)?(\S+?)(?:\s|;|$)", self.sql, re.I)
        name = ddl.unquote(m.group(2))
        with data_lake.catalog_lock:
            if name in self.glue.databases:
                if not m.group(1):
                    raise TranslationError("ALREADY_EXISTS", f"Database {name} already exists")
            else:
                self.glue.create_database(name, {"Name": name})
        return Outcome("DDL", "CREATE_DATABASE", output_kind="txt")

    def _drop_database(self):
        m = re.match(r"^\s*DROP\s+(?:DATABASE|SCHEMA)\s+(IF\s+EXISTS\s+)?(\S+?)(?:\s|;|$)", self.sql, re.I)
        name = ddl.unquote(m.group(2))
        with data_lake.catalog_lock:
            if name in self.glue.databases:
                self.glue.delete_database(name)
            elif not m.group(1):
                raise TranslationError("SCHEMA_NOT_FOUND", f"Database {name} does not exist")
        return Outcome("DDL", "DROP_DATABASE", output_kind="txt")

    def _drop_table(self):
        m = re.match(r"^\s*DROP\s+TABLE\s+(IF\s+EXISTS\s+)?(\S+)", self.sql, re.I)
        database, table = ddl.split_name(m.group(2), self.database)
        with data_lake.catalog_lock:
            if database in self.glue.databases and table in self.glue.databases[database].tables:
                self.glue.delete_table(database, table)  # the data stays in S3, as for Athena's external tables
            elif not m.group(1):
                raise TranslationError("TABLE_NOT_FOUND", f"Table 'awsdatacatalog.{database}.{table}' does not exist")
        return Outcome("DDL", "DROP_TABLE", output_kind="txt")

    def _table(self, qualified):
        database, table = ddl.split_name(qualified, self.database)
        self._require_database(database)
        tables = self.glue.databases[database].tables
        if table not in tables:
            raise TranslationError("TABLE_NOT_FOUND", f"Table 'awsdatacatalog.{database}.{table}' does not exist")
        return database, table, tables[table]

    def _msck_repair(self):
        m = re.match(r"^\s*MSCK\s+REPAIR\s+TABLE\s+(\S+)", self.sql, re.I)
        database, name, table = self._table(m.group(1))
        definition = data_lake.table_input(table)
        keys = [k["Name"].lower() for k in definition.get("PartitionKeys") or []]
        location = definition["StorageDescriptor"]["Location"].rstrip("/") + "/"
        found = {}
        for obj in data_lake.list_objects(self.account_id, self.region, location):
            parts = obj.key[len(data_lake.split_s3_url(location)[1]):].split("/")[:-1]
            pairs = [p.split("=", 1) for p in parts[: len(keys)] if "=" in p]
            if len(pairs) == len(keys) and [k.lower() for k, _ in pairs] == keys:
                found[tuple(v for _, v in pairs)] = "/".join(parts[: len(keys)])
        added = []
        with data_lake.catalog_lock:
            for values, path in sorted(found.items()):
                if str(list(values)) not in table.partitions:
                    storage = {**definition["StorageDescriptor"], "Location": location + path}
                    self.glue.create_partition(database, name, {"Values": list(values), "StorageDescriptor": storage})
                    added.append(path)
        lines = [f"Repair: Added partition to metastore {name}:{path}" for path in added]
        return Outcome("DDL", "MSCK_REPAIR_TABLE", ["result"], ["VARCHAR"], [[line] for line in lines], output_kind="txt")

    def _show_tables(self):
        m = re.match(r"^\s*SHOW\s+TABLES(?:\s+(?:IN|FROM)\s+(\S+))?", self.sql, re.I)
        database = ddl.unquote(m.group(1)) if m.group(1) else self.database
        self._require_database(database)
        return self._listing(["tab_name"], sorted(self.glue.databases[database].tables), "SHOW_TABLES")

    def _describe(self):
        m = re.match(r"^\s*DESC(?:RIBE)?\s+(?:FORMATTED\s+|EXTENDED\s+)?(\S+)", self.sql, re.I)
        _, _, table = self._table(m.group(1))
        definition = data_lake.table_input(table)
        columns = (definition.get("StorageDescriptor") or {}).get("Columns", []) + (definition.get("PartitionKeys") or [])
        rows = [[f"{c['Name']:<20}\t{c.get('Type', ''):<20}\t{c.get('Comment', '')}"] for c in columns]
        return Outcome("UTILITY", "DESCRIBE", ["col_name"], ["VARCHAR"], rows, output_kind="txt")

    def _listing(self, names, values, substatement):
        return Outcome("UTILITY", substatement, names, ["VARCHAR"], [[v] for v in values], output_kind="txt")


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
        elif expression.get("class") == "COLUMN_REF":
            names.append(expression["column_names"][-1].lower())
        else:
            names.append(f"_col{i}")
    return names
