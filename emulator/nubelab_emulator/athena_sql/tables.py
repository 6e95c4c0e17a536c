"""A Glue table → a DuckDB view over copies of its S3 objects, read as Athena's SerDes read them.

- CSV/TSV text (LazySimpleSerDe, the default): fields by position, `field.delim` (or
  `serialization.format`), no quoting, `skip.header.line.count` lines skipped per file,
  `serialization.null.format` (default \\N) is NULL, a value that does not parse as the column's
  type is NULL. OpenCSVSerde: `separatorChar`, `quoteChar` (default "), `escapeChar`.
- JSON lines (openx or hive JsonSerDe) and Parquet: columns by name, case-insensitive; a column
  missing from the files is NULL.
- Partitioned tables read only the partitions registered in the catalog (a crawler, MSCK REPAIR
  TABLE or ALTER TABLE ADD PARTITION registers them), as Athena does; partition values are columns.
ORC, Avro, Ion and Iceberg tables fail with NOT_SUPPORTED.
"""
import csv
import io
import re
import uuid
from dataclasses import dataclass

from .. import data_lake
from .translate import TranslationError


@dataclass
class ReadTable:
    view_sql: str
    bytes_read: int


def duckdb_type(hive):
    """Hive/Glue type text → DuckDB type text (array<struct<a:int>> → STRUCT(a INTEGER)[])."""
    t = hive.strip().lower()
    simple = {
        "string": "VARCHAR", "tinyint": "TINYINT", "smallint": "SMALLINT", "int": "INTEGER", "integer": "INTEGER",
        "bigint": "BIGINT", "float": "FLOAT", "real": "FLOAT", "double": "DOUBLE", "boolean": "BOOLEAN",
        "date": "DATE", "timestamp": "TIMESTAMP", "binary": "BLOB", "decimal": "DECIMAL(10,0)",
    }
    if t in simple:
        return simple[t]
    if re.fullmatch(r"(var)?char\(\d+\)", t):
        return "VARCHAR"
    if m := re.fullmatch(r"decimal\((\d+)\s*,\s*(\d+)\)", t):
        return f"DECIMAL({m.group(1)},{m.group(2)})"
    if t.startswith("array<") and t.endswith(">"):
        return duckdb_type(hive.strip()[6:-1]) + "[]"
    if t.startswith("map<") and t.endswith(">"):
        key, value = split_top_level(hive.strip()[4:-1])
        return f"MAP({duckdb_type(key)}, {duckdb_type(value)})"
    if t.startswith("struct<") and t.endswith(">"):
        fields = []
        for part in split_top_level(hive.strip()[7:-1]):
            name, _, ftype = part.partition(":")
            fields.append(f'"{name.strip()}" {duckdb_type(ftype)}')
        return f"STRUCT({', '.join(fields)})"
    raise TranslationError("NOT_SUPPORTED", f"Column type '{hive}' is not supported by NubeLab's emulator")


def split_top_level(text, sep=","):
    parts, depth, current = [], 0, []
    for ch in text:
        if ch in "<(":
            depth += 1
        elif ch in ">)":
            depth -= 1
        if ch == sep and depth == 0:
            parts.append("".join(current).strip())
            current = []
        else:
            current.append(ch)
    if "".join(current).strip():
        parts.append("".join(current).strip())
    return parts


def _quote_ident(name):
    return '"' + name.replace('"', '""') + '"'


def _literal(text):
    return "'" + str(text).replace("'", "''") + "'"


def table_format(definition):
    sd = definition.get("StorageDescriptor") or {}
    serde = ((sd.get("SerdeInfo") or {}).get("SerializationLibrary") or "").lower()
    input_format = (sd.get("InputFormat") or "").lower()
    params = definition.get("Parameters") or {}
    if params.get("table_type", "").upper() == "ICEBERG":
        return "iceberg"
    if "parquet" in serde or "parquet" in input_format:
        return "parquet"
    if "json" in serde:
        return "json"
    if "opencsv" in serde:
        return "opencsv"
    for other in ("orc", "avro", "ion"):
        if other in serde or other in input_format:
            return other
    if "lazysimple" in serde or "textinputformat" in input_format or not serde:
        return "text"
    return serde


def read_table(account_id, region, definition, partitions, folder):
    """Copies the table's data (its registered `partitions`, moto FakePartitions, when it has
    partition keys) under `folder` and returns the SQL of a view over it."""
    sd = definition.get("StorageDescriptor") or {}
    fmt = table_format(definition)
    if fmt not in ("text", "opencsv", "json", "parquet"):
        raise TranslationError("NOT_SUPPORTED", f"Table {definition.get('Name')}: the {fmt} format is not supported by NubeLab's emulator (CSV/TSV text, JSON lines and Parquet are)")
    columns = [(c["Name"].lower(), c.get("Type", "string")) for c in sd.get("Columns") or []]
    partition_keys = [(c["Name"].lower(), c.get("Type", "string")) for c in definition.get("PartitionKeys") or []]
    location = sd.get("Location")
    if not location:
        raise TranslationError("HIVE_METASTORE_ERROR", f"Table {definition.get('Name')} has no location")
    if partition_keys:
        sources = [(p.partition_input.get("StorageDescriptor", {}).get("Location") or _partition_path(location, partition_keys, p.values), p.values) for p in partitions]
    else:
        sources = [(location, [])]
    selects, total = [], 0
    for index, (source, values) in enumerate(sources):
        _, prefix = data_lake.split_s3_url(source)
        if prefix and not prefix.endswith("/"):
            prefix += "/"
        objects = data_lake.list_objects(account_id, region, source)
        if not objects:
            continue
        paths = data_lake.copy_to(objects, prefix, folder / f"p{index}-{uuid.uuid4().hex[:6]}")
        total += sum(o.size for o in objects)
        constants = [f"TRY_CAST({_literal(v)} AS {duckdb_type(t)}) AS {_quote_ident(k)}" for (k, t), v in zip(partition_keys, values)]
        selects.append(_select_files(fmt, sd, definition.get("Parameters") or {}, columns, [str(p) for p in paths], objects[0].body, constants))
    if not selects:  # an empty table still has its columns
        cols = [f"CAST(NULL AS {duckdb_type(t)}) AS {_quote_ident(n)}" for n, t in columns + partition_keys]
        return ReadTable("SELECT " + ", ".join(cols) + " WHERE false", 0)
    return ReadTable(" UNION ALL ".join(selects), total)


def _partition_path(location, keys, values):
    return location.rstrip("/") + "/" + "/".join(f"{k}={v}" for (k, _), v in zip(keys, values)) + "/"


def _select_files(fmt, sd, params, columns, paths, first_body, constants):
    files = "[" + ", ".join(_literal(p) for p in paths) + "]"
    serde_params = (sd.get("SerdeInfo") or {}).get("Parameters") or {}
    # TRY(CAST(…)), not TRY_CAST: DuckDB pushes a TRY_CAST into the CSV reader, which then fails
    # on the first value that does not convert instead of giving NULL as Hive's SerDes do.
    if fmt in ("text", "opencsv"):
        reader = _text_reader(fmt, serde_params, params, columns, files, first_body)
        exprs = [f"TRY(CAST({_quote_ident(f'c{i}')} AS {duckdb_type(t)})) AS {_quote_ident(n)}" if duckdb_type(t) != "VARCHAR" else f"{_quote_ident(f'c{i}')} AS {_quote_ident(n)}" for i, (n, t) in enumerate(columns)]
        return f"SELECT {', '.join(exprs + constants)} FROM {reader}"
    reader = f"read_parquet({files}, union_by_name = true)" if fmt == "parquet" else f"read_json({files}, format = 'newline_delimited', union_by_name = true)"
    return f"SELECT {', '.join(_by_name(columns, reader) + constants)} FROM {reader}"


def _by_name(columns, reader):
    import duckdb

    described = duckdb.connect().execute(f"DESCRIBE SELECT * FROM {reader}").fetchall()
    present = {row[0].lower(): row[0] for row in described}
    exprs = []
    for name, hive in columns:
        target = duckdb_type(hive)
        if name in present:
            exprs.append(f"TRY(CAST({_quote_ident(present[name])} AS {target})) AS {_quote_ident(name)}")
        else:
            exprs.append(f"CAST(NULL AS {target}) AS {_quote_ident(name)}")
    return exprs


def _text_reader(fmt, serde_params, params, columns, files, first_body):
    skip = int(params.get("skip.header.line.count") or serde_params.get("skip.header.line.count") or 0)
    if fmt == "opencsv":
        delim = serde_params.get("separatorChar", ",")
        quote = serde_params.get("quoteChar", '"')
        escape = serde_params.get("escapeChar", "\\")
        null = ""
    else:
        delim = serde_params.get("field.delim") or serde_params.get("serialization.format") or "\x01"
        if delim.isdigit() and len(delim) < 4:  # serialization.format '1' means the byte \x01
            delim = chr(int(delim))
        quote, escape = "", serde_params.get("escape.delim", "")
        null = serde_params.get("serialization.null.format", "\\N")
    width = max(len(columns), _field_count(first_body, skip, delim, quote or None))
    spec = "{" + ", ".join(f"{_literal(f'c{i}')}: 'VARCHAR'" for i in range(width)) + "}"
    return (
        f"read_csv({files}, header = false, skip = {skip}, delim = {_literal(delim)}, quote = {_literal(quote)},"
        f" escape = {_literal(escape)}, nullstr = {_literal(null)}, columns = {spec}, auto_detect = false,"
        f" null_padding = true, strict_mode = false)"
    )


def _field_count(body, skip, delim, quote):
    lines = body.decode("utf-8", "replace").splitlines()[skip: skip + 1]
    if not lines:
        return 0
    reader = csv.reader(io.StringIO(lines[0]), delimiter=delim, quotechar=quote or None, quoting=csv.QUOTE_MINIMAL if quote else csv.QUOTE_NONE)
    return len(next(reader, []))
