"""Athena's SQL (Trino, engine version 3) → DuckDB, for the functions a learner commonly uses.

Function calls are renamed outside string literals, quoted identifiers and comments; the new
names are macros created on each query's connection (MACROS), typed so a DATE stays a DATE.
Differences handled (each one was a different answer or an error on DuckDB):
  - `/` between integers is integer division in Trino (5/2 = 2): `SET integer_division = true`.
  - date_trunc(unit, date) returns a date in Trino (DuckDB: a timestamp): typed macro.
  - date_add(unit, n, x): Trino's argument order; DuckDB's date_add takes (x, interval).
  - date_diff(unit, a, b) counts whole units elapsed in Trino; DuckDB's date_diff counts
    boundaries crossed (23:00 → 01:00 is 1 day there, 0 in Trino): mapped to DuckDB's date_sub.
  - from_iso8601_timestamp / from_iso8601_date, from_unixtime, to_unixtime: macros.
  - date_parse / date_format take MySQL format specifiers (%i minutes, %s seconds, %M month
    name…): the literal format is translated and the call becomes strptime/strftime.
  - day_of_week / dow: 1 = Monday … 7 = Sunday in Trino (DuckDB's dayofweek: 0 = Sunday): isodow.
  - day_of_year / doy → dayofyear; regexp_like → regexp_matches; approx_distinct → exact
    count(DISTINCT x) (Athena's is an estimate with 2.3% standard error; the exact count is within
    it); approx_percentile → approx_quantile; cardinality → len (arrays).
  - concat returns NULL when an argument is NULL (DuckDB's treats NULL as ''): rewritten to ||.
  - greatest/least return NULL when an argument is NULL (DuckDB's skip NULLs): CASE wrapper.
  - format (Java-style %s %.2f %d) → printf; truncate → trunc; last_day_of_month → last_day;
    element_at on arrays → list_extract (1-based, negative from the end, NULL out of range);
    rand → random.
  - Backquoted identifiers are rejected in queries, as Athena does (DDL accepts them).
  - NULLs sort last in both directions and the session time zone is UTC, as on Athena.
Handled elsewhere: result column names (lowercased, unaliased expressions _col0, _col1…:
engine.py); value texts (timestamps to the millisecond, doubles as Java prints them, rows and
maps as {a=1}: results.py); Hive's NULL for a text value that does not parse (tables.py).
Functions Trino and DuckDB share with different meanings and no translation here fail the query
with NOT_SUPPORTED (UNSUPPORTED), never give another answer; functions DuckDB lacks fail with
FUNCTION_NOT_FOUND (see errors.py). Known and not handled (DuckDB is more lenient, so a query may
succeed here and fail on Athena, never the reverse with another answer): comparing a number with
a string literal (Athena: TYPE_MISMATCH), CAST of an ISO 'T' timestamp text.
"""
import re

RENAMES = {
    "date_trunc": "athena_date_trunc",
    "date_add": "athena_date_add",
    "date_diff": "athena_date_diff",
    "from_iso8601_timestamp": "athena_from_iso8601_timestamp",
    "from_iso8601_date": "athena_from_iso8601_date",
    "from_unixtime": "athena_from_unixtime",
    "to_unixtime": "athena_to_unixtime",
    "day_of_week": "isodow",
    "dow": "isodow",
    "day_of_year": "dayofyear",
    "doy": "dayofyear",
    "regexp_like": "regexp_matches",
    "approx_distinct": "athena_approx_distinct",
    "approx_percentile": "approx_quantile",
    "cardinality": "len",
    "format": "printf",
    "truncate": "trunc",
    "last_day_of_month": "last_day",
    "element_at": "list_extract",
    "rand": "random",
}

# Same name in both engines, different meaning, not translated: refuse rather than answer wrong.
UNSUPPORTED = {
    "log": "Trino's log(b, x) takes the base first; DuckDB's one-argument log is log10",
    "typeof": "DuckDB's type names differ from Trino's",
    "json_extract": "JSON path results differ between the engines",
    "json_extract_scalar": "JSON path results differ between the engines",
}

# MySQL format specifiers (date_parse/date_format) → strftime ones. Order matters: %M (month name)
# must become %B before %i (minutes) becomes %M.
_MYSQL_TO_STRFTIME = [("%M", "%B"), ("%i", "%M"), ("%s", "%S"), ("%h", "%I"), ("%W", "%A"), ("%c", "%-m"), ("%e", "%-d"), ("%k", "%-H"), ("%l", "%-I"), ("%T", "%H:%M:%S"), ("%r", "%I:%M:%S %p")]


_FORMAT_FUNCTIONS = {"date_format": "strftime", "date_parse": "strptime"}  # same argument order


def _mysql_format(literal):
    for old, new in _MYSQL_TO_STRFTIME:
        literal = literal.replace(old, new)
    return literal


_INTERVAL = "CASE lower(u) WHEN 'millisecond' THEN to_milliseconds(n) WHEN 'second' THEN to_seconds(n) WHEN 'minute' THEN to_minutes(n) WHEN 'hour' THEN to_hours(n) WHEN 'day' THEN to_days(n) WHEN 'week' THEN to_weeks(n) WHEN 'month' THEN to_months(n) WHEN 'quarter' THEN to_months(3 * n) WHEN 'year' THEN to_years(n) ELSE error('INVALID_FUNCTION_ARGUMENT: ''' || u || ''' is not a valid interval unit') END"

MACROS = [
    "CREATE TEMP MACRO athena_date_trunc(u VARCHAR, x DATE) AS CAST(date_trunc(u, x) AS DATE),"
    " (u VARCHAR, x TIMESTAMP) AS date_trunc(u, x), (u VARCHAR, x TIMESTAMPTZ) AS date_trunc(u, x)",
    f"CREATE TEMP MACRO athena_date_add(u VARCHAR, n BIGINT, x DATE) AS CAST(x + {_INTERVAL} AS DATE),"
    f" (u VARCHAR, n BIGINT, x TIMESTAMP) AS x + {_INTERVAL}, (u VARCHAR, n BIGINT, x TIMESTAMPTZ) AS x + {_INTERVAL}",
    "CREATE TEMP MACRO athena_date_diff(u VARCHAR, a DATE, b DATE) AS date_sub(u, a, b),"
    " (u VARCHAR, a TIMESTAMP, b TIMESTAMP) AS date_sub(u, a, b), (u VARCHAR, a TIMESTAMPTZ, b TIMESTAMPTZ) AS date_sub(u, a, b)",
    "CREATE TEMP MACRO athena_from_iso8601_timestamp(s VARCHAR) AS CAST(s AS TIMESTAMPTZ)",
    "CREATE TEMP MACRO athena_from_iso8601_date(s VARCHAR) AS CAST(s AS DATE)",
    "CREATE TEMP MACRO athena_from_unixtime(n DOUBLE) AS to_timestamp(n)",
    "CREATE TEMP MACRO athena_to_unixtime(x TIMESTAMP) AS epoch(x), (x TIMESTAMPTZ) AS epoch(x)",
    "CREATE TEMP MACRO athena_approx_distinct(x) AS count(DISTINCT x)",
]

SESSION_SETTINGS = [
    "SET integer_division = true",
    "SET default_null_order = 'nulls_last'",
    "SET TimeZone = 'UTC'",
]


class TranslationError(Exception):
    def __init__(self, category, message, offset=0):
        super().__init__(message)
        self.category = category
        self.offset = offset


_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def _tokens(sql):
    """(kind, start, end) for each word, string, quoted identifier, backquoted name or comment."""
    i, n = 0, len(sql)
    while i < n:
        c = sql[i]
        if c == "'":
            j = i + 1
            while j < n and not (sql[j] == "'" and not sql.startswith("''", j)):
                j += 2 if sql.startswith("''", j) else 1
            yield "string", i, j + 1
            i = j + 1
        elif c == '"':
            j = sql.find('"', i + 1)
            j = n if j < 0 else j
            yield "quoted", i, j + 1
            i = j + 1
        elif c == "`":
            j = sql.find("`", i + 1)
            j = n if j < 0 else j
            yield "backquoted", i, j + 1
            i = j + 1
        elif sql.startswith("--", i):
            j = sql.find("\n", i)
            j = n if j < 0 else j
            yield "comment", i, j
            i = j
        elif sql.startswith("/*", i):
            j = sql.find("*/", i + 2)
            j = n if j < 0 else j + 2
            yield "comment", i, j
            i = j
        elif c.isalpha() or c == "_":
            m = _WORD.match(sql, i)
            yield "word", i, m.end()
            i = m.end()
        else:
            i += 1


def _split_args(text):
    """Top-level comma-separated arguments of a call, strings and nested parentheses respected."""
    args, depth, start, i = [], 0, 0, 0
    while i < len(text):
        ch = text[i]
        if ch in "'\"":
            end = text.find(ch, i + 1)
            while end != -1 and text.startswith(ch * 2, end):
                end = text.find(ch, end + 2)
            i = len(text) if end == -1 else end + 1
            continue
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
        elif ch == "," and depth == 0:
            args.append(text[start:i].strip())
            start = i + 1
        i += 1
    if text[start:].strip():
        args.append(text[start:].strip())
    return args


def _format_call(name, args, offset):
    literal = re.fullmatch(r"'((?:[^']|'')*)'", args[-1]) if args else None
    if not literal:
        raise TranslationError("NOT_SUPPORTED", f"{name} needs its format as a string literal in NubeLab's emulator", offset)
    return f"{_FORMAT_FUNCTIONS[name]}({', '.join(args[:-1] + [_quoted(_mysql_format(literal.group(1)))])})"


def _quoted(text):
    return "'" + text + "'"


def _null_if_any_null(function):
    # Trino's greatest/least return NULL when an argument is NULL; DuckDB's skip NULLs.
    def build(name, args, offset):
        return f"(CASE WHEN {' OR '.join(f'({a}) IS NULL' for a in args)} THEN NULL ELSE {function}({', '.join(args)}) END)"

    return build


def _concat(name, args, offset):
    # Trino's concat returns NULL when an argument is NULL (like ||); DuckDB's treats NULL as ''.
    return "(" + " || ".join(f"({a})" for a in args) + ")"


# Calls rewritten with their arguments (the renames below only change a name).
_CALL_REWRITES = {
    "date_format": _format_call,
    "date_parse": _format_call,
    "greatest": _null_if_any_null("greatest"),
    "least": _null_if_any_null("least"),
    "concat": _concat,
}


def _rewrite_calls(sql):
    """date_format(x, '<MySQL format>') → strftime(x, '<strftime format>') (DuckDB needs the format
    as a constant, so a format that is not a string literal is refused), concat/greatest/least with
    Trino's NULL handling. Innermost calls first, so nested calls are rewritten too."""
    pattern = re.compile(r"\b(" + "|".join(_CALL_REWRITES) + r")\s*\(", re.I)
    searched = 0
    while m := pattern.search(sql, searched):
        if _inside_literal(sql, m.start()) or sql[:m.start()].rstrip().endswith("."):
            searched = m.end()
            continue
        depth, end = 0, len(sql)
        for i in range(m.end() - 1, len(sql)):
            depth += {"(": 1, ")": -1}.get(sql[i], 0)
            if depth == 0:
                end = i
                break
        inner = _rewrite_calls(sql[m.end():end])
        replacement = _CALL_REWRITES[m.group(1).lower()](m.group(1).lower(), _split_args(inner), m.start())
        sql = sql[: m.start()] + replacement + sql[end + 1:]
        searched = m.start() + len(replacement)
    return sql


def _inside_literal(sql, offset):
    return any(kind in ("string", "quoted", "comment") and start <= offset < end for kind, start, end in _tokens(sql[: offset + 1]))


def to_duckdb(sql):
    """The query with Athena's functions renamed to their DuckDB equivalents.
    Raises TranslationError for what Athena rejects or what would answer differently."""
    sql = _rewrite_calls(sql)
    out, last = [], 0
    for kind, start, end in _tokens(sql):
        if kind == "backquoted":
            raise TranslationError("SYNTAX_ERROR", "backquoted identifiers are not supported; use double quotes to quote identifiers", start)
        if kind != "word":
            continue
        rest = sql[end:].lstrip()
        if not rest.startswith("("):
            continue
        name = sql[start:end].lower()
        before = sql[:start].rstrip()
        if before.endswith("."):  # schema.function or a column's method call: leave alone
            continue
        if name in UNSUPPORTED:
            raise TranslationError("NOT_SUPPORTED", f"Function '{name}' is not supported by NubeLab's emulator ({UNSUPPORTED[name]})", start)
        if name in RENAMES:
            out.append(sql[last:start])
            out.append(RENAMES[name])
            last = end
    out.append(sql[last:])
    return "".join(out)


def strip_comments(sql):
    kept, last = [], 0
    for kind, start, end in _tokens(sql):
        if kind == "comment":
            kept.append(sql[last:start])
            last = end
    kept.append(sql[last:])
    return "".join(kept).strip().rstrip(";").strip()
