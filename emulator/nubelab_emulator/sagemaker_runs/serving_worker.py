"""Runs inside an endpoint's worker process (started by endpoints.py with `python -I -S`): loads
the model once, then answers invocations one at a time, as the scikit-learn serving container's
model server does.

Protocol: argv[1] is a JSON config; requests arrive on stdin, one JSON line each
({"id", "body" (base64), "content_type", "accept"}); answers go to a private copy of the original
stdout as JSON lines ({"id", "body", "content_type"} or {"id", "error"}), the first being the load
result ({"ready": true} or {"error"}). The script's own prints and tracebacks go to stderr, which
the server writes to the endpoint's log. EOF on stdin, or the server's death, ends the process.

Inference handlers come from the SAGEMAKER_PROGRAM module when it defines them, else defaults:
  model_fn(model_dir)         joblib.load(model_dir/model.joblib). NOTE: SageMaker's scikit-learn
                              container has no default and requires model_fn; the emulator loads
                              model.joblib and logs a warning saying so.
  input_fn(body, content_type)  text/csv → 2-D float array (one line per sample); application/json → array (a flat list
                              is one sample); application/x-npy → numpy.load. Text bodies are str.
  predict_fn(data, model)     model.predict(data)
  output_fn(prediction, accept) application/json (also for */* or none) → JSON list; text/csv →
                              one line per row; application/x-npy. May return (body, content_type).
"""
import base64
import ctypes
import importlib.util
import io
import json
import os
import signal
import sys
import traceback

TEXT_TYPES = ("text/", "application/json")


def _die_with_server(server_pid):
    ctypes.CDLL(None).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    if os.getppid() != server_pid:
        os._exit(1)


def _load_module(code_dir, program):
    if not program:
        return None
    path = os.path.join(code_dir, program)
    spec = importlib.util.spec_from_file_location(os.path.splitext(os.path.basename(program))[0], path)
    if spec is None or not os.path.isfile(path):
        raise FileNotFoundError(f"the inference script '{program}' (SAGEMAKER_PROGRAM) is not in {code_dir}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def default_model_fn(model_dir):
    import joblib

    print("model_fn is not defined: NubeLab's emulator loads model.joblib (SageMaker's scikit-learn container requires model_fn)", file=sys.stderr)
    return joblib.load(os.path.join(model_dir, "model.joblib"))


def _as_samples(array):
    return array.reshape(1, -1) if array.ndim < 2 else array


def default_input_fn(body, content_type):
    import numpy as np

    kind = (content_type or "").split(";")[0].strip().lower()
    if kind == "text/csv":
        return np.genfromtxt(io.StringIO(body), delimiter=",", dtype=float, ndmin=2)  # one line per sample
    if kind == "application/json":
        return _as_samples(np.array(json.loads(body)))
    if kind == "application/x-npy":
        return np.load(io.BytesIO(body), allow_pickle=False)
    raise ValueError(f"Content type {content_type} is not supported by this framework. Use text/csv, application/json or application/x-npy.")


def default_predict_fn(data, model):
    return model.predict(data)


def default_output_fn(prediction, accept):
    import numpy as np

    kind = (accept or "").split(";")[0].strip().lower()
    array = np.asarray(prediction)
    if kind in ("", "*/*", "application/json"):
        return json.dumps(array.tolist()), "application/json"
    if kind == "text/csv":
        rows = array.reshape(-1, 1) if array.ndim == 1 else array
        return "\n".join(",".join(str(v) for v in row) for row in rows.tolist()) + "\n", "text/csv"
    if kind == "application/x-npy":
        buffer = io.BytesIO()
        np.save(buffer, array)
        return buffer.getvalue(), "application/x-npy"
    raise ValueError(f"Accept type {accept} is not supported by this framework. Use application/json, text/csv or application/x-npy.")


class Handlers:
    def __init__(self, module):
        def pick(name, default):
            return getattr(module, name, None) or default

        self.model_fn = pick("model_fn", default_model_fn)
        self.input_fn = pick("input_fn", default_input_fn)
        self.predict_fn = pick("predict_fn", default_predict_fn)
        self.output_fn = pick("output_fn", default_output_fn)

    def invoke(self, model, body, content_type, accept):
        data = self.input_fn(body, content_type)
        prediction = self.predict_fn(data, model)
        result = self.output_fn(prediction, accept)
        answer, answer_type = result if isinstance(result, tuple) else (result, accept if accept and accept != "*/*" else "application/json")
        if isinstance(answer, str):
            answer = answer.encode()
        return bytes(answer), answer_type


def _error_text():
    traceback.print_exc(file=sys.stderr)
    kind, error, _ = sys.exc_info()
    return " ".join("".join(traceback.format_exception_only(kind, error)).split())


def main():
    config = json.loads(sys.argv[1])
    _die_with_server(config["server_pid"])
    answers = os.fdopen(os.dup(1), "w", buffering=1)
    os.dup2(2, 1)  # the script's prints go to the log, not into the protocol
    sys.path[:0] = config["paths"]
    try:
        handlers = Handlers(_load_module(config["code_dir"], config.get("program")))
        model = handlers.model_fn(config["model_dir"])
    except BaseException:
        answers.write(json.dumps({"error": _error_text()}) + "\n")
        return
    answers.write(json.dumps({"ready": True}) + "\n")
    for line in sys.stdin:
        request = json.loads(line)
        body = base64.b64decode(request["body"])
        content_type = request.get("content_type") or "application/json"
        if content_type.startswith(TEXT_TYPES):
            body = body.decode("utf-8")
        try:
            answer, answer_type = handlers.invoke(model, body, content_type, request.get("accept"))
            answers.write(json.dumps({"id": request["id"], "body": base64.b64encode(answer).decode(), "content_type": answer_type}) + "\n")
        except BaseException:
            answers.write(json.dumps({"id": request["id"], "error": _error_text()}) + "\n")


if __name__ == "__main__":
    main()
