"""A failed query's StateChangeReason in Athena's words: `<ERROR_NAME>: line L:C: <message>`.

DuckDB's messages are rewritten into the Trino error names a learner searches for
(COLUMN_NOT_FOUND, TABLE_NOT_FOUND, SCHEMA_NOT_FOUND, FUNCTION_NOT_FOUND, SYNTAX_ERROR,
TYPE_MISMATCH, INVALID_CAST_ARGUMENT, DIVISION_BY_ZERO, NOT_SUPPORTED); the position comes from
DuckDB's caret under `LINE n:`. Anything else keeps DuckDB's own message after GENERIC_USER_ERROR.
AthenaError's ErrorCategory is 2 (USER) for all of these, as on Athena for a query's own fault.
"""
import re
from dataclasses import dataclass


@dataclass
class QueryFailure(Exception):
    reason: str
    category: int = 2  # 1 SYSTEM, 2 USER, 3 OTHER
    error_type: int = 1006  # Athena's generic "query failed" type for user errors

    def __str__(self):
        return self.reason


def line_col(sql, offset):
    before = sql[:offset]
    return before.count("\n") + 1, offset - (before.rfind("\n") + 1) + 1


def at(sql, offset):
    line, col = line_col(sql, max(offset, 0))
    return f"line {line}:{col}"


def _caret(message):
    """'line L:C' from DuckDB's 'LINE n: <text>\\n<spaces>^' block, or line 1:1."""
    m = re.search(r"LINE (\d+): (.*)\n(\s*)\^", message)
    if not m:
        return "line 1:1"
    col = len(m.group(3)) - len(f"LINE {m.group(1)}: ") + 1
    return f"line {m.group(1)}:{max(col, 1)}"


def from_duckdb(exc):
    message = str(exc)
    where = _caret(message)
    first = message.split("\n", 1)[0]
    if m := re.search(r'Referenced column "([^"]+)" not found', first):
        return QueryFailure(f"COLUMN_NOT_FOUND: {where}: Column '{m.group(1)}' cannot be resolved or requester is not authorized to access requested resources")
    if m := re.search(r'Table "([^"]+)" does not have a column named "([^"]+)"', first):
        return QueryFailure(f"COLUMN_NOT_FOUND: {where}: Column '{m.group(1)}.{m.group(2)}' cannot be resolved or requester is not authorized to access requested resources")
    if m := re.search(r"Table with name (\S+) does not exist", first):
        return QueryFailure(f"TABLE_NOT_FOUND: {where}: Table 'awsdatacatalog.{m.group(1).strip(chr(34))}' does not exist")
    if m := re.search(r'schema "([^"]+)" does not exist', first):
        return QueryFailure(f"SCHEMA_NOT_FOUND: {where}: Schema '{m.group(1)}' does not exist")
    if m := re.search(r"(?:Scalar|Aggregate|Table) Function with name (\S+) does not exist", first):
        return QueryFailure(f"FUNCTION_NOT_FOUND: {where}: Function '{m.group(1)}' not registered")
    if m := re.search(r"Macro (athena_)?(\w+)\(\) does not support the supplied arguments", first):
        return QueryFailure(f"FUNCTION_NOT_FOUND: {where}: Unexpected parameters for function {m.group(2)}; add explicit casts (CAST(x AS date), CAST(x AS timestamp))")
    if first.startswith("Permission Error"):
        return QueryFailure(f"NOT_SUPPORTED: {where}: queries read the tables of the Glue Data Catalog only, not files or other sources")
    if first.startswith("Parser Error"):
        detail = first.split(":", 1)[1].strip()
        return QueryFailure(f"SYNTAX_ERROR: {where}: {detail}")
    if "Division by zero" in first:
        return QueryFailure(f"DIVISION_BY_ZERO: {where}: Division by zero")
    if first.startswith("Conversion Error"):
        return QueryFailure(f"INVALID_CAST_ARGUMENT: {where}: {first.split(':', 1)[1].strip()}")
    if first.startswith("Binder Error") and ("type" in first.lower() or "candidate" in first.lower()):
        return QueryFailure(f"TYPE_MISMATCH: {where}: {first.split(':', 1)[1].strip()}")
    if first.startswith("Binder Error") and "GROUP BY" in first:
        return QueryFailure(f"EXPRESSION_NOT_AGGREGATE: {where}: {first.split(':', 1)[1].strip()}")
    return QueryFailure(f"GENERIC_USER_ERROR: {where}: {first}")
