"""Query results as Athena returns them: its type names and text forms of values, the result CSV
(`"a","b"` header, every value quoted, NULL as an empty unquoted field) and the ColumnInfo of
GetQueryResults' ResultSetMetadata.

Values are the text Athena (Trino) shows: timestamps with milliseconds (`2025-01-08 22:24:00.000`),
booleans `true`/`false`, doubles as Java prints them (`1.2345678E7` from 10^7 on), arrays
`[1, 2]`, maps and rows `{a=1, b=2}`.
"""
import datetime
import decimal
import json
import math

# DuckDB type id → (Athena type name, precision, scale)
_TYPES = {
    "BOOLEAN": ("boolean", 0, 0), "TINYINT": ("tinyint", 3, 0), "SMALLINT": ("smallint", 5, 0),
    "INTEGER": ("integer", 10, 0), "BIGINT": ("bigint", 19, 0), "HUGEINT": ("bigint", 19, 0),
    "UTINYINT": ("smallint", 5, 0), "USMALLINT": ("integer", 10, 0), "UINTEGER": ("bigint", 19, 0),
    "UBIGINT": ("bigint", 19, 0), "FLOAT": ("real", 17, 0), "DOUBLE": ("double", 17, 0),
    "VARCHAR": ("varchar", 2147483647, 0), "DATE": ("date", 0, 0), "TIMESTAMP": ("timestamp", 3, 0),
    "TIMESTAMP_S": ("timestamp", 3, 0), "TIMESTAMP_MS": ("timestamp", 3, 0), "TIMESTAMP_NS": ("timestamp", 3, 0),
    "TIMESTAMP WITH TIME ZONE": ("timestamp with time zone", 3, 0), "TIME": ("time", 3, 0),
    "INTERVAL": ("interval day to second", 0, 0), "BLOB": ("varbinary", 2147483647, 0), "UUID": ("uuid", 0, 0),
    "JSON": ("json", 0, 0), "NULL": ("unknown", 0, 0),  # Trino's type of a bare NULL
}


def athena_type(duck_type):
    """(name, precision, scale) of a DuckDB result type (a duckdb.typing.DuckDBPyType)."""
    text = str(duck_type)
    if text.startswith("DECIMAL"):
        precision, scale = (int(n) for n in text[8:-1].split(","))
        return "decimal", precision, scale
    if text.endswith("[]") or text.startswith("LIST"):
        return "array", 0, 0
    if text.startswith("MAP"):
        return "map", 0, 0
    if text.startswith("STRUCT"):
        return "row", 0, 0
    return _TYPES.get(text, (text.lower(), 0, 0))


def hive_type(duck_type):
    """The Glue column type Athena's CTAS records for a result column."""
    name, precision, scale = athena_type(duck_type)
    text = str(duck_type)
    if name == "decimal":
        return f"decimal({precision},{scale})"
    if name == "varchar":
        return "string"
    if name == "array":
        return "array<" + hive_type(duck_type.child if hasattr(duck_type, "child") else "VARCHAR") + ">"
    if name in ("map", "row", "time", "interval day to second", "json", "uuid"):
        return "string"
    if name == "timestamp with time zone":
        return "timestamp"
    if name == "varbinary":
        return "binary"
    if name == "real":  # Trino's REAL is `float` in Hive DDL and the Glue catalog
        return "float"
    if text == "HUGEINT":
        return "bigint"
    return name


def column_info(names, types):
    info = []
    for name, duck_type in zip(names, types):
        type_name, precision, scale = athena_type(duck_type)
        info.append({
            "CatalogName": "hive", "SchemaName": "", "TableName": "", "Name": name, "Label": name,
            "Type": type_name, "Precision": precision, "Scale": scale, "Nullable": "UNKNOWN",
            "CaseSensitive": type_name == "varchar",
        })
    return info


def _java_double(value):
    if math.isnan(value):
        return "NaN"
    if math.isinf(value):
        return "Infinity" if value > 0 else "-Infinity"
    if value == 0 or 1e-3 <= abs(value) < 1e7:
        return repr(float(value))
    digits_tuple = decimal.Decimal(repr(float(value))).normalize().as_tuple()
    digits = "".join(str(d) for d in digits_tuple.digits)
    exponent = len(digits) + digits_tuple.exponent - 1
    mantissa = digits[0] + "." + (digits[1:] or "0")
    return ("-" if digits_tuple.sign else "") + f"{mantissa}E{exponent}"


def text(value):
    """Athena's text form of one value; None stays None (NULL)."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return _java_double(value)
    if isinstance(value, datetime.datetime):
        shown = value.strftime("%Y-%m-%d %H:%M:%S.") + f"{value.microsecond // 1000:03d}"
        return shown + " UTC" if value.tzinfo else shown
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join("null" if v is None else text(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k}={'null' if v is None else text(v)}" for k, v in value.items()) + "}"
    if isinstance(value, bytes):
        return " ".join(f"{b:02x}" for b in value)
    if isinstance(value, datetime.timedelta):
        return str(value)
    return str(value)


def csv_bytes(names, rows):
    def field(v):
        return "" if v is None else '"' + v.replace('"', '""') + '"'

    lines = [",".join(field(n) for n in names)] + [",".join(field(v) for v in row) for row in rows]
    return ("\n".join(lines) + "\n").encode("utf-8")


def metadata_bytes(info):
    """The `<id>.csv.metadata` object. Athena writes a binary (protobuf) encoding of the result's
    column metadata that no AWS API documents; this writes the same ColumnInfo as JSON."""
    return json.dumps({"ColumnInfo": info}).encode("utf-8")
