"""The program a function's worker process runs: NubeLab's stand-in for AWS's Python runtime
interface client. It runs on the function's interpreter (any Python 3.6+, so no newer syntax),
started as `python -I -S -u bootstrap.py RESULT_FD PARENT_PID CONFIG_JSON`: `-I -S` keep the
server's site-packages (and everything else of its environment) off the import path, which is set
here to exactly the function's code, its layers and the SDK, before the standard library.

Protocol with the server (worker.py):
  - requests arrive one JSON line each on stdin: request_id, event (the payload text), deadline_ms,
    invoked_arn, trace_id; stdin is then pointed at /dev/null so a handler cannot eat requests;
  - stdout and stderr are the function's log: after each phase (init, then each invocation) a
    marker line `MARKER <id>` says that everything the phase printed has been written;
  - results go as one JSON line each to RESULT_FD: first {"kind": "init"}, then one
    {"kind": "result"} per request. EOF on stdin means the server is gone: the worker exits.
Errors are shaped as AWS's Python runtime shapes them (errorMessage, errorType, requestId,
stackTrace; Runtime.ImportModuleError, Runtime.HandlerNotFound, Runtime.UserCodeSyntaxError,
Runtime.MalformedHandlerName, Runtime.MarshalError, Runtime.UnmarshalError).
"""
import importlib
import json
import os
import sys
import time
import traceback

MARKER = "\x1eNUBELAB-PHASE-END"
_PR_SET_PDEATHSIG = 1
_SIGKILL = 9


def die_with_parent(parent_pid):
    """The kernel kills this process when the server dies, even mid-handler (Linux only; elsewhere
    the EOF on stdin still ends an idle worker)."""
    try:
        import ctypes

        ctypes.CDLL(None).prctl(_PR_SET_PDEATHSIG, _SIGKILL)
    except Exception:
        pass
    if os.getppid() != parent_pid:  # the server died before prctl took effect
        os._exit(1)


class Fault(Exception):
    def __init__(self, error_type, message, stack=None):
        Exception.__init__(self, message)
        self.error_type = error_type
        self.message = message
        self.stack = stack or []


def load_handler(spec):
    """`module.function` → the function, with the same faults as AWS's runtime."""
    try:
        module_name, function_name = spec.rsplit(".", 1)
    except ValueError as e:
        raise Fault("Runtime.MalformedHandlerName", "Bad handler '{}': {}".format(spec, e))
    if module_name.split(".")[0] in sys.builtin_module_names:
        raise Fault("Runtime.BuiltInModuleConflict", "Cannot use built-in module {} as a handler module".format(module_name))
    try:
        module = importlib.import_module(module_name.replace("/", "."))
    except ImportError as e:
        raise Fault("Runtime.ImportModuleError", "Unable to import module '{}': {}".format(module_name, e))
    except SyntaxError as e:
        stack = ['  File "%s" Line %s\n    %s' % (e.filename, e.lineno, e.text)]
        raise Fault("Runtime.UserCodeSyntaxError", "Syntax error in module '{}': {}".format(module_name, e), stack)
    handler = getattr(module, function_name, None)
    if handler is None:
        # AWS reports this at invoke time, not at init: the environment starts, each call fails.
        raise Fault("Runtime.HandlerNotFound", "Handler '{}' missing on module '{}'".format(function_name, module_name))
    return handler


def error_of(exc, request_id, frames_to_skip):
    if isinstance(exc, Fault):
        return {"errorMessage": exc.message, "errorType": exc.error_type, "requestId": request_id, "stackTrace": exc.stack}
    frames = traceback.extract_tb(exc.__traceback__)[frames_to_skip:]
    return {
        "errorMessage": str(exc),
        "errorType": type(exc).__name__,
        "requestId": request_id,
        "stackTrace": traceback.format_list(frames),
    }


def error_log_line(error):
    """AWS's runtime logs an error as one event: `[ERROR] Type: message` and the traceback."""
    text = "[ERROR] {}: {}".format(error["errorType"], error["errorMessage"])
    if error["stackTrace"]:
        text += "\nTraceback (most recent call last):\n" + "".join(error["stackTrace"]).rstrip("\n")
    return text


class LambdaContext(object):
    """The handler's second argument, with the attributes AWS's Python runtime gives it."""

    def __init__(self, request):
        env = os.environ
        self.aws_request_id = request["request_id"]
        self.invoked_function_arn = request["invoked_arn"]
        self.function_name = env["AWS_LAMBDA_FUNCTION_NAME"]
        self.function_version = env["AWS_LAMBDA_FUNCTION_VERSION"]
        self.memory_limit_in_mb = env["AWS_LAMBDA_FUNCTION_MEMORY_SIZE"]  # a string on AWS too
        self.log_group_name = env["AWS_LAMBDA_LOG_GROUP_NAME"]
        self.log_stream_name = env["AWS_LAMBDA_LOG_STREAM_NAME"]
        self.client_context = None
        self.identity = None
        self.tenant_id = None
        self._deadline_ms = request["deadline_ms"]

    def get_remaining_time_in_millis(self):
        return max(0, int(self._deadline_ms - time.time() * 1000))

    def log(self, message):
        sys.stdout.write(message)


def install_log_handler(current):
    """AWS's runtime puts a handler on the root logger, so `logging` output reaches the log
    with level, time and request id (the root level stays WARNING, as on AWS)."""
    import logging

    class RequestIdFilter(logging.Filter):
        def filter(self, record):
            record.aws_request_id = current.get("request_id", "")
            return True

    handler = logging.StreamHandler(sys.stdout)
    formatter = logging.Formatter("[%(levelname)s]\t%(asctime)s.%(msecs)03dZ\t%(aws_request_id)s\t%(message)s", "%Y-%m-%dT%H:%M:%S")
    formatter.converter = time.gmtime
    handler.setFormatter(formatter)
    handler.addFilter(RequestIdFilter())
    logging.getLogger().addHandler(handler)


def end_phase(phase_id):
    sys.stdout.flush()
    sys.stderr.flush()
    os.write(1, "{} {}\n".format(MARKER, phase_id).encode())


def send(results, message):
    results.write(json.dumps(message) + "\n")
    results.flush()


def invoke(handler, request):
    request_id = request["request_id"]
    os.environ["_X_AMZN_TRACE_ID"] = request["trace_id"]
    try:
        event = json.loads(request["event"])
    except ValueError as e:
        return {"ok": False, "error": error_of(Fault("Runtime.UnmarshalError", "Unable to unmarshal input: {}".format(e)), request_id, 0)}
    try:
        result = handler(event, LambdaContext(request))
    except Exception as e:
        return {"ok": False, "error": error_of(e, request_id, 1)}  # 1: skip this frame
    try:
        return {"ok": True, "payload": json.dumps(result)}
    except (TypeError, ValueError) as e:
        return {"ok": False, "error": error_of(Fault("Runtime.MarshalError", "Unable to marshal response: {}".format(e)), request_id, 0)}


def main():
    result_fd, parent_pid, config = int(sys.argv[1]), int(sys.argv[2]), json.loads(sys.argv[3])
    die_with_parent(parent_pid)
    requests = os.fdopen(os.dup(0), "r")
    os.dup2(os.open(os.devnull, os.O_RDONLY), 0)
    results = os.fdopen(result_fd, "w")
    sys.path[:0] = config["paths"]
    sys.argv = [sys.argv[0]]
    os.chdir(os.environ["LAMBDA_TASK_ROOT"])
    current = {}
    install_log_handler(current)

    started = time.perf_counter()
    handler, init_error = None, None
    try:
        handler = load_handler(os.environ["_HANDLER"])
    except Fault as fault:
        if fault.error_type == "Runtime.HandlerNotFound":
            handler = fault  # the environment starts; each invocation answers the fault
        else:
            init_error = error_of(fault, "", 0)
    except Exception as e:  # the module raised while being imported
        init_error = error_of(e, "", 0)
    init_ms = (time.perf_counter() - started) * 1000
    if init_error:
        print(error_log_line(init_error).replace("\n", "\r"))  # "\r": one log event, as on AWS
    end_phase("init")
    send(results, {"kind": "init", "ok": init_error is None, "error": init_error, "ms": init_ms})
    if init_error:
        return

    for line in requests:
        request = json.loads(line)
        current["request_id"] = request["request_id"]
        if isinstance(handler, Fault):
            outcome = {"ok": False, "error": error_of(handler, request["request_id"], 0)}
        else:
            outcome = invoke(handler, request)
        if not outcome["ok"]:
            print(error_log_line(outcome["error"]).replace("\n", "\r"))
        end_phase(request["request_id"])
        outcome.update(kind="result", request_id=request["request_id"])
        send(results, outcome)


if __name__ == "__main__":
    main()
