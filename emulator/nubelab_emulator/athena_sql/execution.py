"""The Athena API patches: StartQueryExecution runs the statement, GetQueryExecution reports it,
GetQueryResults pages through its rows.

moto 5.2.5: `AthenaBackend.start_query_execution` (athena/models.py ~L314) stores the query and
runs nothing; GetQueryExecution (responses.py ~L52) answers SUCCEEDED with zero statistics and the
client's ResultConfiguration only (the workgroup's is ignored); GetQueryResults returns no rows.

Here, as on Athena: the workgroup's ResultConfiguration applies (and wins over the client's when
EnforceWorkGroupConfiguration is true); without any output location StartQueryExecution is
refused; the statement runs on a background thread (QUEUED → RUNNING → SUCCEEDED/FAILED, one query
at a time); results go to `<output>/<QueryExecutionId>.csv` and `.csv.metadata` (DDL and utility
statements: `.txt`) with the configured encryption; GetQueryResults returns a header row then the
rows, 1000 per page at most, with Athena's ColumnInfo. BatchGetQueryExecution (missing from moto)
answers the same descriptions; ListQueryExecutions lists the newest first, as AWS does. Results
queued through moto's `/moto-api/static/athena/query-results` still take precedence, for tests
that rely on them.
"""
import json
import time
import traceback
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

from moto.athena.models import AthenaBackend
from moto.athena.responses import AthenaResponse
from moto.core.exceptions import JsonRESTError

from .. import data_lake
from . import results
from .engine import Query
from .errors import QueryFailure

_queue = ThreadPoolExecutor(max_workers=1, thread_name_prefix="athena-query")
_applied = False
MAX_PAGE = 1000


@dataclass
class Run:
    """What the emulator knows of one execution, kept on moto's Execution (`nubelab_run`) so it is
    saved and restored with the backends (plain data: it must pickle)."""

    state: str = "QUEUED"
    reason: str = None
    error_category: int = None
    error_type: int = None
    statement_type: str = "DML"
    substatement_type: str = None
    names: list = field(default_factory=list)
    info: list = field(default_factory=list)
    rows: list = field(default_factory=list)
    bytes_scanned: int = 0
    engine_ms: int = 0
    submitted: float = field(default_factory=time.time)
    started: float = None
    completed: float = None


def _effective_result_configuration(workgroup, client):
    config = workgroup.configuration if workgroup else {}
    group = dict(config.get("ResultConfiguration") or {})
    client = dict(client or {})
    if config.get("EnforceWorkGroupConfiguration"):  # the workgroup's settings win
        merged = {**client, **group}
    else:
        merged = {**group, **client}
    return merged


def start_query_execution(self, query, context, config, workgroup, execution_parameters):
    group = self.work_groups.get(workgroup or "primary")
    effective = _effective_result_configuration(group, config)
    if not effective.get("OutputLocation"):
        raise JsonRESTError(
            "InvalidRequestException",
            "No output location provided. An output location is required either through the Workgroup result configuration setting or as an API input.",
        )
    folder = effective["OutputLocation"] if effective["OutputLocation"].endswith("/") else effective["OutputLocation"] + "/"
    exec_id = _original_start(self, query, context, {**effective, "OutputLocation": folder}, workgroup or "primary", execution_parameters)
    execution = self.executions[exec_id]
    if exec_id in self.query_results:  # moto's queued test results: leave them as they are
        return exec_id
    data_lake.fix_state(execution)
    execution.status = "QUEUED"
    execution.end_time = None
    run = execution.nubelab_run = Run()
    database = (context or {}).get("Database") if isinstance(context, dict) else None
    _queue.submit(_run_logged, self, execution, run, database, folder, effective)
    return exec_id


def _run_logged(backend, execution, run, database, folder, config):
    try:
        _run(backend, execution, run, database, folder, config)
    except Exception as e:  # a bug of ours: the query still ends, and says so
        traceback.print_exc()
        _finish(execution, run, "FAILED", QueryFailure(f"INTERNAL_ERROR: NubeLab's emulator failed to run this query: {e}", category=1))


def _run(backend, execution, run, database, folder, config):
    if execution.status == "CANCELLED":  # stopped while queued
        run.state, run.completed = "CANCELLED", time.time()
        return
    run.state = execution.status = "RUNNING"
    run.started = time.time()
    query = Query(backend.account_id, backend.region_name, execution.query, database, execution.id, folder)
    try:
        outcome = query.run()
    except QueryFailure as failure:
        _finish(execution, run, "FAILED", failure)
        return
    run.statement_type, run.substatement_type = outcome.statement_type, outcome.substatement_type
    run.names, run.rows = outcome.names, outcome.rows
    run.info = results.column_info(outcome.names, outcome.types) if outcome.names else []
    run.bytes_scanned, run.engine_ms = outcome.bytes_scanned, outcome.engine_ms
    try:
        _write_results(backend, execution, run, outcome, folder, config)
    except data_lake.NoSuchBucket as missing:
        _finish(execution, run, "FAILED", QueryFailure(f"Unable to verify/create output bucket {missing.bucket}"))
        return
    _finish(execution, run, "SUCCEEDED")


def _write_results(backend, execution, run, outcome, folder, config):
    encryption = config.get("EncryptionConfiguration") or {}
    option = encryption.get("EncryptionOption")
    # CSE_KMS (client-side) is stored with SSE-KMS: the emulator has no client-side encryption.
    sse = {"SSE_S3": "AES256", "SSE_KMS": "aws:kms", "CSE_KMS": "aws:kms"}.get(option)
    kms = encryption.get("KmsKey") if sse == "aws:kms" else None
    account, region = backend.account_id, backend.region_name
    if outcome.output_kind == "txt":
        location = f"{folder}{execution.id}.txt"
        body = "".join("\t".join(v or "" for v in row) + "\n" for row in outcome.rows).encode()
        data_lake.put_object(account, region, location, body, sse, kms)
    else:
        location = f"{folder}{execution.id}.csv"
        data_lake.put_object(account, region, location, results.csv_bytes(outcome.names, outcome.rows), sse, kms)
        data_lake.put_object(account, region, location + ".metadata", results.metadata_bytes(run.info), sse, kms)
    execution.config = {**config, "OutputLocation": location}


def _finish(execution, run, state, failure=None):
    if run.state == "CANCELLED":  # StopQueryExecution came first: the query stays cancelled
        return
    if failure:
        run.reason, run.error_category, run.error_type = failure.reason, failure.category, failure.error_type
    run.completed = time.time()
    execution.end_time = run.completed
    run.state = execution.status = state


def _execution_body(execution, run):
    """The QueryExecution object of GetQueryExecution / BatchGetQueryExecution for one run."""
    if execution.status == "CANCELLED" and run.state in ("QUEUED", "RUNNING"):  # moto's StopQueryExecution
        run.state, run.completed = "CANCELLED", time.time()
    status = {"State": run.state, "SubmissionDateTime": run.submitted}
    if run.completed:
        status["CompletionDateTime"] = run.completed
    if run.reason:
        status["StateChangeReason"] = run.reason
        status["AthenaError"] = {"ErrorCategory": run.error_category, "ErrorType": run.error_type, "Retryable": False, "ErrorMessage": run.reason}
    total = int(((run.completed or time.time()) - run.submitted) * 1000)
    queued = int(((run.started or time.time()) - run.submitted) * 1000)
    body = {
        "QueryExecutionId": execution.id,
        "Query": execution.query,
        "StatementType": run.statement_type,
        "ResultConfiguration": execution.config,
        "ResultReuseConfiguration": {"ResultReuseByAgeConfiguration": {"Enabled": False}},
        "QueryExecutionContext": execution.context or {},
        "Status": status,
        "Statistics": {
            "EngineExecutionTimeInMillis": run.engine_ms, "DataScannedInBytes": run.bytes_scanned,
            "TotalExecutionTimeInMillis": total, "QueryQueueTimeInMillis": queued,
            "ServicePreProcessingTimeInMillis": 0, "QueryPlanningTimeInMillis": 0,
            "ServiceProcessingTimeInMillis": max(total - queued - run.engine_ms, 0),
            "ResultReuseInformation": {"ReusedPreviousResult": False},
        },
        "WorkGroup": execution.workgroup.name if execution.workgroup else "primary",
        "EngineVersion": {"SelectedEngineVersion": "AUTO", "EffectiveEngineVersion": "Athena engine version 3"},
    }
    if run.substatement_type:
        body["SubstatementType"] = run.substatement_type
    if execution.execution_parameters is not None:
        body["ExecutionParameters"] = execution.execution_parameters
    return body


def get_query_execution(self):
    exec_id = self._get_param("QueryExecutionId")
    run = _run_of(self.athena_backend, exec_id)
    if run is None:  # unknown id (moto's error) or moto's queued test results
        return _original_get_execution(self)
    return json.dumps({"QueryExecution": _execution_body(self.athena_backend.executions[exec_id], run)})


def _run_of(backend, exec_id):
    return getattr(backend.executions.get(exec_id), "nubelab_run", None)


def batch_get_query_execution(self):
    """Missing from moto 5.2.5 (HTTP 500): AWS answers up to 50 ids, unknown ones listed apart."""
    found, unprocessed = [], []
    for exec_id in self._get_param("QueryExecutionIds") or []:
        execution, run = self.athena_backend.executions.get(exec_id), _run_of(self.athena_backend, exec_id)
        if execution is None or run is None:
            unprocessed.append({"QueryExecutionId": exec_id, "ErrorCode": "INVALID_INPUT", "ErrorMessage": f"QueryExecution {exec_id} was not found"})
        else:
            found.append(_execution_body(execution, run))
    return json.dumps({"QueryExecutions": found, "UnprocessedQueryExecutionIds": unprocessed})


def list_query_executions(self):
    """Newest first, as AWS lists them (moto: oldest first)."""
    answer = json.loads(_original_list(self))
    answer["QueryExecutionIds"] = list(reversed(answer["QueryExecutionIds"]))
    return json.dumps(answer)


def get_query_results(self):
    exec_id = self._get_param("QueryExecutionId")
    run = _run_of(self.athena_backend, exec_id)
    if run is None:
        return _original_get_results(self)
    if run.state == "FAILED":
        raise JsonRESTError("InvalidRequestException", run.reason)
    if run.state != "SUCCEEDED":
        raise JsonRESTError("InvalidRequestException", f"Query has not yet finished. Current state: {run.state}")
    page_size = int(self._get_param("MaxResults") or MAX_PAGE)
    if not 1 <= page_size <= MAX_PAGE:
        raise JsonRESTError("InvalidRequestException", f"MaxResults must be between 1 and {MAX_PAGE}")
    token = self._get_param("NextToken")
    start = int(token) if token and token.isdigit() else 0
    # The header row counts as the first row of the first page, as on Athena.
    all_rows = ([run.names] if run.names and run.statement_type != "UTILITY" and run.substatement_type != "MSCK_REPAIR_TABLE" else []) + run.rows
    page = all_rows[start: start + page_size]
    answer = {
        "ResultSet": {
            "Rows": [{"Data": [{} if v is None else {"VarCharValue": v} for v in row]} for row in page],
            "ResultSetMetadata": {"ColumnInfo": run.info},
        },
        "UpdateCount": 0,
    }
    if start + page_size < len(all_rows):
        answer["NextToken"] = str(start + page_size)
    return json.dumps(answer)


_original_start = AthenaBackend.start_query_execution
_original_get_execution = AthenaResponse.get_query_execution
_original_get_results = AthenaResponse.get_query_results
_original_list = AthenaResponse.list_query_executions


def apply():
    global _applied
    if _applied:
        return
    AthenaBackend.start_query_execution = start_query_execution
    AthenaResponse.get_query_execution = get_query_execution
    AthenaResponse.get_query_results = get_query_results
    AthenaResponse.batch_get_query_execution = batch_get_query_execution
    AthenaResponse.list_query_executions = list_query_executions
    _applied = True
