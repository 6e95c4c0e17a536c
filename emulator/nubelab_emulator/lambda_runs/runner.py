"""Runs one invocation of a function on a worker and writes its log, as Lambda does.

Log lines, in the worker's stream of /aws/lambda/<name>:
  cold start: INIT_START (which interpreter), what the module printed at import;
  each run:   START RequestId: <id> Version: <v>, what the handler printed, END RequestId: <id>,
              REPORT RequestId: <id>  Duration  Billed Duration  Memory Size  Max Memory Used
              (+ Init Duration on a cold start; + Status on a timeout or crash).
"Billed Duration" includes the init phase on cold starts, as AWS bills it since August 2025.

Failures answer what AWS's runtime answers (FunctionError "Unhandled" + JSON body):
  - the handler raised: errorType = the exception's class, errorMessage, requestId, stackTrace;
  - the run passed the function's Timeout: the worker is killed, errorType "Sandbox.Timedout",
    errorMessage "RequestId: <id> Error: Task timed out after N.NN seconds";
  - the process died: "Runtime.ExitError" ("Runtime exited with error: exit status 1");
  - init failed (Runtime.ImportModuleError …): that error, with requestId "" as on AWS;
  - the runtime is not Python (nodejs22.x, java21 …), or no Python 3 exists on the machine:
    errorType "Runtime.Unsupported" with a message in English and Spanish. AWS runs these
    runtimes; the emulator cannot, and says so instead of pretending the function ran.
"""
import hashlib
import json
import sys
import time
import traceback
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from moto.awslambda.utils import make_function_arn

from . import log_lines, logs, package
from .environment import function_environment
from .interpreters import interpreter_for
from .pool import pool
from .sdk import sdk_dir
from .tracing import next_trace
from .worker import Phase, Worker

INIT_LIMIT_S = 10  # AWS's init phase limit for on-demand functions
_background = ThreadPoolExecutor(max_workers=4, thread_name_prefix="lambda-event")


@dataclass
class Invocation:
    function: object  # moto's LambdaFunction
    payload: str
    request_id: str
    invoked_arn: str
    trace_id: str
    endpoint: str


@dataclass
class Outcome:
    payload: bytes
    failed: bool
    log_text: str


def new_invocation(function, payload, incoming_trace, endpoint):
    """(Invocation, how many times the function has run in this request chain, this one included)."""
    unqualified = make_function_arn(function.region, function.account_id, function.function_name)
    version = str(function.version)
    invoked_arn = unqualified if version == "$LATEST" else f"{unqualified}:{version}"
    trace, hops = next_trace(incoming_trace, unqualified)
    return Invocation(function, payload, str(uuid.uuid4()), invoked_arn, trace, endpoint), hops


def run_in_background(invocation):
    def run_logged():
        try:
            run(invocation)
        except Exception:  # nobody waits for an Event run: the server log is where it can go
            traceback.print_exc(file=sys.stderr)

    _background.submit(run_logged)


def run(invocation):
    function = invocation.function
    interpreter = interpreter_for(function.run_time)
    if interpreter is None:
        return _unsupported(invocation)
    key = (function.account_id, function.region, function.function_name, str(function.version))
    fingerprint = _fingerprint(function, interpreter)
    worker, cold = pool.acquire(key, fingerprint, lambda: _start_worker(invocation, interpreter, fingerprint))
    reusable = False
    try:
        lines = list(worker.init.lines) if cold else []
        if cold and not (worker.init.status == "done" and worker.init.message["ok"]):
            outcome = _init_failed(invocation, worker, lines)
        else:
            outcome, reusable = _invoke(invocation, worker, interpreter, lines, worker.init.ms if cold else None)
        return outcome
    finally:
        pool.release(key, worker, reusable)


def _invoke(invocation, worker, interpreter, lines, init_ms):
    function = invocation.function
    rid = invocation.request_id
    timeout_s = float(function.timeout)
    first = len(lines)
    lines.append((logs.now_ms(), f"START RequestId: {rid} Version: {function.version}"))
    if not interpreter.exact:
        lines.append((logs.now_ms(), log_lines.interpreter_note(function.run_time, interpreter)))
    started = time.monotonic()
    request = {
        "request_id": rid,
        "event": invocation.payload,
        "deadline_ms": time.time() * 1000 + timeout_s * 1000,
        "invoked_arn": invocation.invoked_arn,
        "trace_id": invocation.trace_id,
    }
    phase = worker.await_phase(rid, started + timeout_s) if worker.send(request) else Phase(status="exited")
    duration_ms = (time.monotonic() - started) * 1000
    memory_mb = worker.max_memory_mb()
    lines += phase.lines
    status = ""
    if phase.status == "done":
        message = phase.message
        payload = message["payload"] if message["ok"] else json.dumps(message["error"])
        failed = not message["ok"]
    elif phase.status == "timeout":
        duration_ms = timeout_s * 1000
        text = f"Task timed out after {timeout_s:.2f} seconds"
        lines.append((logs.now_ms(), f"{log_lines.iso_now()} {rid} {text}"))
        payload, failed, status = _error("Sandbox.Timedout", f"RequestId: {rid} Error: {text}"), True, "\tStatus: timeout"
    else:
        text = f"RequestId: {rid} Error: Runtime exited with error: {log_lines.exit_text(phase.exit_code)}"
        lines.append((logs.now_ms(), f"{text}\nRuntime.ExitError"))
        payload, failed, status = _error("Runtime.ExitError", text), True, "\tStatus: error\tError Type: Runtime.ExitError"
    lines.append((logs.now_ms(), f"END RequestId: {rid}"))
    lines.append((logs.now_ms(), log_lines.report(rid, duration_ms, function.memory_size, memory_mb, init_ms) + status))
    _write(function, worker.log_stream, lines)
    return Outcome(payload.encode(), failed, log_lines.tail(lines[first:])), phase.status == "done"


def _init_failed(invocation, worker, lines):
    function = invocation.function
    rid = invocation.request_id
    init = worker.init
    if init.status == "done":
        error = init.message["error"]
    elif init.status == "timeout":
        error = {"errorType": "Sandbox.Timedout", "errorMessage": f"RequestId: {rid} Error: Init timed out after {INIT_LIMIT_S:.2f} seconds", "requestId": "", "stackTrace": []}
    else:
        text = f"RequestId: {rid} Error: Runtime exited with error: {log_lines.exit_text(init.exit_code)}"
        error = {"errorType": "Runtime.ExitError", "errorMessage": text, "requestId": "", "stackTrace": []}
        lines.append((logs.now_ms(), text))
    status = f"Status: {'timeout' if init.status == 'timeout' else 'error'}\tError Type: {error['errorType']}"
    first = len(lines)
    lines.append((logs.now_ms(), f"INIT_REPORT Init Duration: {init.ms:.2f} ms\tPhase: init\t{status}"))
    lines.append((logs.now_ms(), f"START RequestId: {rid} Version: {function.version}"))
    lines.append((logs.now_ms(), f"END RequestId: {rid}"))
    lines.append((logs.now_ms(), log_lines.report(rid, 0.0, function.memory_size, worker.max_memory_mb(), init.ms) + "\t" + status))
    _write(function, worker.log_stream, lines)
    return Outcome(json.dumps(error).encode(), True, log_lines.tail(lines[first:]))


def _start_worker(invocation, interpreter, fingerprint):
    function = invocation.function
    task = package.task_root(function)
    layers = package.layer_roots(function)
    stream = logs.new_stream_name(function.version)
    env = function_environment(function, interpreter, invocation.endpoint, task, layers, stream)
    config = {"paths": package.import_paths(task, layers, interpreter.version[1], sdk_dir())}
    header = [(logs.now_ms(), f"INIT_START Runtime Version: {function.run_time.replace('python', 'python:')}\tInterpreter: Python {interpreter.version_text} {interpreter.path}")]
    started = time.monotonic()
    worker = Worker(interpreter.path, config, env, str(task), fingerprint, stream)
    worker.init = worker.await_phase("init", started + INIT_LIMIT_S)
    worker.init.ms = (time.monotonic() - started) * 1000
    worker.init.lines[:0] = header
    return worker


def _unsupported(invocation):
    function = invocation.function
    rid = invocation.request_id
    runtime = function.run_time or "(none)"
    message = (
        f"NubeLab's emulator runs Python runtimes only (python3.X); it cannot run {runtime}"
        f" / El emulador de NubeLab solo ejecuta runtimes de Python (python3.X); no puede ejecutar {runtime}"
    )
    if function.run_time and function.run_time.startswith("python"):
        message = (
            f"NubeLab's emulator found no Python 3 interpreter on this machine to run {runtime}"
            f" / El emulador de NubeLab no encontró ningún intérprete de Python 3 en esta máquina para ejecutar {runtime}"
        )
    error = {"errorMessage": message, "errorType": "Runtime.Unsupported", "requestId": rid, "stackTrace": []}
    lines = [
        (logs.now_ms(), f"START RequestId: {rid} Version: {function.version}"),
        (logs.now_ms(), f"[ERROR] Runtime.Unsupported: {message}"),
        (logs.now_ms(), f"END RequestId: {rid}"),
    ]
    _write(function, logs.new_stream_name(function.version), lines)
    return Outcome(json.dumps(error).encode(), True, log_lines.tail(lines))


def _fingerprint(function, interpreter):
    # last_modified (set at creation, to the nanosecond) tells a re-created function from the one
    # deleted before it, or wiped by /moto-api/reset, even when code and settings are the same.
    settings = [
        function.last_modified,
        getattr(function, "code_sha_256", ""),
        [layer["Arn"] for layer in function.layers],
        function.run_time,
        function.handler,
        function.timeout,
        function.memory_size,
        function.environment_vars,
        function.role,
        interpreter.path,
    ]
    return hashlib.sha256(json.dumps(settings, sort_keys=True, default=str).encode()).hexdigest()


def _error(error_type, message):
    return json.dumps({"errorMessage": message, "errorType": error_type})


def _write(function, stream, lines):
    logs.write(function.account_id, function.region, logs.group_name(function.function_name), stream, lines)
