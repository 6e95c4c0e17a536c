"""What a crawl infers from one sample file: its classification, columns with Glue types, and
the TableInput Glue's built-in classifiers would write (see crawler.py for the rules).
"""
import duckdb

from ..athena_sql.ddl import JSON, PARQUET, TEXTFILE
from ..athena_sql.tables import split_top_level


def classify(obj):
    name = obj.key.lower()
    if obj.body[:4] == b"PAR1" or name.endswith(".parquet"):
        return "parquet"
    if name.endswith((".json", ".jsonl", ".ndjson")) or obj.body.lstrip()[:1] == b"{":
        return "json"
    if name.endswith((".csv", ".tsv", ".txt", ".csv.gz", ".tsv.gz")) or b"," in obj.body[:4096] or b"\t" in obj.body[:4096]:
        return "csv"
    return None


def glue_type(duck, exact):
    t = str(duck).upper()
    if t.endswith("[]"):
        return f"array<{glue_type(t[:-2], exact)}>"
    if t.startswith("STRUCT("):
        fields = []
        for part in split_top_level(t[7:-1]):
            name, _, ftype = part.partition(" ")
            fields.append(f"{name.strip(chr(34)).lower()}:{glue_type(ftype, exact)}")
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


def sniff(kind, path):
    con = duckdb.connect(config={"memory_limit": "256MB", "threads": 2})
    try:
        if kind == "csv":
            delim, _, has_header, columns = con.execute("SELECT Delimiter, Quote, HasHeader, Columns FROM sniff_csv(?)", [str(path)]).fetchone()
            names = [c["name"].lower() if has_header else f"col{i}" for i, c in enumerate(columns)]
            return [(n, glue_type(c["type"], False)) for n, c in zip(names, columns)], {"delimiter": delim, "header": has_header}
        reader = "read_parquet(?)" if kind == "parquet" else "read_json(?, format = 'newline_delimited')"
        described = con.execute(f"DESCRIBE SELECT * FROM {reader}", [str(path)]).fetchall()
        return [(row[0].lower(), glue_type(row[1], kind == "parquet")) for row in described], {}
    finally:
        con.close()


def table_input(crawler_name, name, kind, columns, keys, group, dialect):
    formats = {"csv": TEXTFILE, "json": JSON, "parquet": PARQUET}[kind]
    serde_params = dict(formats["SerdeInfo"]["Parameters"])
    size = sum(o.size for o in group["objects"])
    params = {
        "classification": kind, "compressionType": "none", "typeOfData": "file",
        "objectCount": str(len(group["objects"])), "sizeKey": str(size),
        "CrawlerSchemaDeserializerVersion": "1.0", "CrawlerSchemaSerializerVersion": "1.0",
        "UPDATED_BY_CRAWLER": crawler_name,
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
