"""The Athena statements that only read or change the Glue catalog (no data is scanned):
CREATE EXTERNAL TABLE, CREATE/DROP DATABASE, DROP TABLE, MSCK REPAIR TABLE, ALTER TABLE … ADD
PARTITION (DDL), SHOW TABLES/DATABASES and DESCRIBE (UTILITY). Mixed into engine.Query, which
provides `sql`, `database`, `glue`, `account_id` and `region`.
"""
import re
from dataclasses import dataclass, field

from .. import data_lake
from . import ddl
from .translate import TranslationError


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


class CatalogStatements:
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

    def _add_partitions(self):
        m = re.match(r"^\s*ALTER\s+TABLE\s+(\S+)\s+ADD\s+(IF\s+NOT\s+EXISTS\s+)?", self.sql, re.I)
        database, name, table = self._table(m.group(1))
        definition = data_lake.table_input(table)
        keys = [k["Name"].lower() for k in definition.get("PartitionKeys") or []]
        location = definition["StorageDescriptor"]["Location"].rstrip("/") + "/"
        specs = re.findall(r"PARTITION\s*\(([^)]*)\)(?:\s*LOCATION\s+'([^']+)')?", self.sql[m.end():], re.I)
        with data_lake.catalog_lock:
            for spec, part_location in specs:
                given = {k.strip().strip('`"').lower(): v.replace("''", "'") for k, v in re.findall(r"([`\"\w]+)\s*=\s*'((?:[^']|'')*)'", spec)}
                if sorted(given) != sorted(keys):
                    raise TranslationError("HIVE_METASTORE_ERROR", f"Partition spec must name every partition key of {name}: {', '.join(keys)}")
                values = [given[k] for k in keys]
                if str(values) in table.partitions:
                    if not m.group(2):
                        raise TranslationError("ALREADY_EXISTS", f"Partition already exists: {', '.join(f'{k}={v}' for k, v in zip(keys, values))}")
                    continue
                path = part_location or location + "/".join(f"{k}={v}" for k, v in zip(keys, values))
                storage = {**definition["StorageDescriptor"], "Location": path}
                self.glue.create_partition(database, name, {"Values": values, "StorageDescriptor": storage})
        return Outcome("DDL", "ALTER_TABLE_ADD_PARTITION", output_kind="txt")

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
