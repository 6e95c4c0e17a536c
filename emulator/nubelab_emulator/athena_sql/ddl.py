"""Parsing of the Hive DDL Athena accepts for CREATE EXTERNAL TABLE, and of CTAS's WITH (...)
properties, into Glue TableInput dictionaries like the ones Athena's own DDL stores.

STORED AS PARQUET / TEXTFILE / ORC set the SerDe and Input/OutputFormat classes Athena records;
ROW FORMAT DELIMITED FIELDS TERMINATED BY 'x' becomes LazySimpleSerDe with field.delim and
serialization.format; ROW FORMAT SERDE '<class>' WITH SERDEPROPERTIES (...) is kept as written.
"""
import re

from .translate import TranslationError

PARQUET = {
    "SerdeInfo": {"SerializationLibrary": "org.apache.hadoop.hive.ql.io.parquet.serde.ParquetHiveSerDe", "Parameters": {"serialization.format": "1"}},
    "InputFormat": "org.apache.hadoop.hive.ql.io.parquet.MapredParquetInputFormat",
    "OutputFormat": "org.apache.hadoop.hive.ql.io.parquet.MapredParquetOutputFormat",
}
TEXTFILE = {
    "SerdeInfo": {"SerializationLibrary": "org.apache.hadoop.hive.serde2.lazy.LazySimpleSerDe", "Parameters": {}},
    "InputFormat": "org.apache.hadoop.mapred.TextInputFormat",
    "OutputFormat": "org.apache.hadoop.hive.ql.io.HiveIgnoreKeyTextOutputFormat",
}
ORC = {
    "SerdeInfo": {"SerializationLibrary": "org.apache.hadoop.hive.ql.io.orc.OrcSerde", "Parameters": {}},
    "InputFormat": "org.apache.hadoop.hive.ql.io.orc.OrcInputFormat",
    "OutputFormat": "org.apache.hadoop.hive.ql.io.orc.OrcOutputFormat",
}
JSON = {
    "SerdeInfo": {"SerializationLibrary": "org.openx.data.jsonserde.JsonSerDe", "Parameters": {}},
    "InputFormat": "org.apache.hadoop.mapred.TextInputFormat",
    "OutputFormat": "org.apache.hadoop.hive.ql.io.HiveIgnoreKeyTextOutputFormat",
}
STORED_AS = {"PARQUET": PARQUET, "TEXTFILE": TEXTFILE, "ORC": ORC, "JSON": JSON}

_NAME = r'(?:`[^`]+`|"[^"]+"|[\w.]+)(?:\s*\.\s*(?:`[^`]+`|"[^"]+"|\w+))?'
_CREATE_EXTERNAL = re.compile(rf"^\s*CREATE\s+EXTERNAL\s+TABLE\s+(IF\s+NOT\s+EXISTS\s+)?({_NAME})\s*\(", re.I | re.S)
_CTAS = re.compile(rf"^\s*CREATE\s+TABLE\s+(IF\s+NOT\s+EXISTS\s+)?({_NAME})\s*(WITH\s*\()?", re.I | re.S)
_PROP = re.compile(r"'((?:[^']|'')*)'\s*=\s*'((?:[^']|'')*)'")


def unquote(name):
    return name.strip().strip('`"').lower()


def split_name(qualified, default_db):
    parts = [unquote(p) for p in re.split(r"\.(?=(?:[^\"`]*[\"`][^\"`]*[\"`])*[^\"`]*$)", qualified.strip())]
    if len(parts) == 3 and parts[0] == "awsdatacatalog":
        parts = parts[1:]
    if len(parts) == 1:
        return default_db, parts[0]
    if len(parts) == 2:
        return parts[0], parts[1]
    raise TranslationError("CATALOG_NOT_FOUND", f"Catalog '{parts[0]}' does not exist")


def balanced(text, open_at):
    """The index just after the parenthesis that closes the one at `open_at`."""
    depth, quote = 0, None
    for i in range(open_at, len(text)):
        ch = text[i]
        if quote:
            if ch == quote:
                quote = None
            continue
        if ch in "'`\"":
            quote = ch
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return i + 1
    raise TranslationError("SYNTAX_ERROR", "line 1:1: unbalanced parentheses")


def _columns(text):
    from .tables import duckdb_type, split_top_level

    columns = []
    for part in split_top_level(text):
        m = re.match(r"\s*(`[^`]+`|\"[^\"]+\"|\w+)\s+(.+?)(?:\s+COMMENT\s+'((?:[^']|'')*)')?\s*$", part, re.I | re.S)
        if not m:
            raise TranslationError("SYNTAX_ERROR", f"line 1:1: cannot read the column definition '{part}'")
        column = {"Name": unquote(m.group(1)), "Type": re.sub(r"\s+", "", m.group(2)).lower()}
        duckdb_type(column["Type"])  # fails clearly on an unknown type
        if m.group(3):
            column["Comment"] = m.group(3).replace("''", "'")
        columns.append(column)
    return columns


def _props(text):
    return {k.replace("''", "'"): v.replace("''", "'") for k, v in _PROP.findall(text)}


def is_create_external(sql):
    return bool(_CREATE_EXTERNAL.match(sql))


def parse_create_external(sql, default_db):
    """(database, if_not_exists, TableInput)."""
    m = _CREATE_EXTERNAL.match(sql)
    database, name = split_name(m.group(2), default_db)
    end = balanced(sql, m.end() - 1)
    columns = _columns(sql[m.end(): end - 1])
    rest = sql[end:]
    table = {"Name": name, "TableType": "EXTERNAL_TABLE", "Parameters": {"EXTERNAL": "TRUE"}, "PartitionKeys": []}
    if p := re.search(r"\bPARTITIONED\s+BY\s*\(", rest, re.I):
        close = balanced(rest, p.end() - 1)
        table["PartitionKeys"] = _columns(rest[p.end(): close - 1])
    storage = {k: (dict(v) if isinstance(v, dict) else v) for k, v in TEXTFILE.items()}
    storage["SerdeInfo"] = {"SerializationLibrary": TEXTFILE["SerdeInfo"]["SerializationLibrary"], "Parameters": {}}
    if s := re.search(r"\bSTORED\s+AS\s+INPUTFORMAT\s+'([^']+)'\s+OUTPUTFORMAT\s+'([^']+)'", rest, re.I):
        storage["InputFormat"], storage["OutputFormat"] = s.group(1), s.group(2)
    elif s := re.search(r"\bSTORED\s+AS\s+(\w+)", rest, re.I):
        kind = s.group(1).upper()
        if kind not in STORED_AS:
            raise TranslationError("NOT_SUPPORTED", f"STORED AS {kind} is not supported by NubeLab's emulator")
        chosen = STORED_AS[kind]
        storage = {"InputFormat": chosen["InputFormat"], "OutputFormat": chosen["OutputFormat"], "SerdeInfo": {"SerializationLibrary": chosen["SerdeInfo"]["SerializationLibrary"], "Parameters": dict(chosen["SerdeInfo"]["Parameters"])}}
    if s := re.search(r"\bROW\s+FORMAT\s+SERDE\s+'([^']+)'", rest, re.I):
        storage["SerdeInfo"]["SerializationLibrary"] = s.group(1)
        if "json" in s.group(1).lower() and "STORED AS" not in rest.upper():
            storage["InputFormat"], storage["OutputFormat"] = JSON["InputFormat"], JSON["OutputFormat"]
    if s := re.search(r"\bWITH\s+SERDEPROPERTIES\s*\(", rest, re.I):
        close = balanced(rest, s.end() - 1)
        storage["SerdeInfo"]["Parameters"].update(_props(rest[s.end(): close - 1]))
    if s := re.search(r"\bFIELDS\s+TERMINATED\s+BY\s+'((?:[^']|'')*)'", rest, re.I):
        delim = s.group(1).encode().decode("unicode_escape")
        storage["SerdeInfo"]["Parameters"].update({"field.delim": delim, "serialization.format": delim})
    if s := re.search(r"\bESCAPED\s+BY\s+'((?:[^']|'')*)'", rest, re.I):
        storage["SerdeInfo"]["Parameters"]["escape.delim"] = s.group(1).encode().decode("unicode_escape")
    if s := re.search(r"\bLOCATION\s+'([^']+)'", rest, re.I):
        storage["Location"] = s.group(1)
    else:
        raise TranslationError("SYNTAX_ERROR", "line 1:1: CREATE EXTERNAL TABLE needs a LOCATION 's3://bucket/folder/'")
    if s := re.search(r"\bTBLPROPERTIES\s*\(", rest, re.I):
        close = balanced(rest, s.end() - 1)
        table["Parameters"].update(_props(rest[s.end(): close - 1]))
    storage["Columns"] = columns
    storage["Compressed"] = False
    table["StorageDescriptor"] = storage
    return database, bool(m.group(1)), table


def is_ctas(sql):
    m = _CTAS.match(sql)
    return bool(m) and re.search(r"\)\s*AS\s*\(?\s*(SELECT|WITH)\b|^\s*CREATE\s+TABLE\s+\S+\s+AS\s", sql, re.I | re.S) is not None


def parse_ctas(sql, default_db):
    """(database, table, if_not_exists, properties, select_sql)."""
    m = _CTAS.match(sql)
    database, name = split_name(m.group(2), default_db)
    props, rest = {}, sql[m.end():]
    if m.group(3):
        close = balanced(sql, m.end() - 1)
        for part in _split_props(sql[m.end(): close - 1]):
            key, _, value = part.partition("=")
            value = value.strip()
            if value.upper().startswith("ARRAY"):
                props[key.strip().lower()] = [v.replace("''", "'") for v in re.findall(r"'((?:[^']|'')*)'", value)]
            else:
                props[key.strip().lower()] = value.strip("'").replace("''", "'")
        rest = sql[close:]
    a = re.match(r"\s*AS\s+", rest, re.I)
    if not a:
        raise TranslationError("SYNTAX_ERROR", "line 1:1: CREATE TABLE needs AS SELECT …")
    select = re.sub(r"\s+WITH\s+(NO\s+)?DATA\s*$", "", rest[a.end():], flags=re.I).strip()
    if select.startswith("(") and select.endswith(")"):
        select = select[1:-1]
    return database, name, bool(m.group(1)), props, select


def _split_props(text):
    from .tables import split_top_level

    return split_top_level(text.replace("[", "(").replace("]", ")"))
