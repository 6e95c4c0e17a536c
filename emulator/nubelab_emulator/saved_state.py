"""The emulator's state survives a stop and a start: it is saved to a file on request and restored
from that file when the server starts.

moto keeps every resource in memory, so stopping the server used to erase a student's work. Two
routes exist. moto's request recorder replays every write at start-up: slow (a CDK deployment is
hundreds of requests, each re-run through moto's parsers and our patches, Lambda included) and
fragile (replayed creates get new ids, timestamps and random suffixes, so ARNs would differ from
the ones the student saw). We pickle the in-memory backends instead, as moto's maintainers
suggest: one `pickle.dump` of every backend in use, restored in place before the server answers.
moto already makes its objects picklable where it matters: an S3 key's body lives in a
SpooledTemporaryFile, and `FakeKey.__getstate__` writes the bytes into the pickle and reopens a
buffer on load; a Lambda function drops its Docker client. Our Lambda workers live in module-level
pools (lambda_runs/pool.py), not in the backends, so nothing running is pickled: after a restore
the first invocation starts a fresh worker, as a cold start on AWS.

A pickle is only readable by the code that wrote it, so the file starts with a header naming the
format, moto and Python versions. A file from another version, or one that cannot be read, is set
aside (renamed `*.discarded`) and the emulator starts empty: the learner is told, nothing crashes.
Writes go to a temporary file renamed over the old one, so a crash mid-save never leaves half a file.

The server learns the file from NUBELAB_STATE_FILE (checker/emulator/moto.ts sets it per port):
    POST /nubelab/state/save   save now; answers {"bytes", "seconds", "services"}
    GET  /nubelab/state        what happened at start-up (restored / none / discarded, and why)
"""
import base64
import copyreg
import functools
import importlib
import io
import json
import os
import pickle
import sys
import threading
import time
import weakref
import zlib
from collections import defaultdict

import moto
from moto.core import base_backend
from moto.core.base_backend import BackendDict
from moto.moto_server.werkzeug_app import DomainDispatcherApplication

MAGIC = b"NUBELAB-EMULATOR-STATE\n"
# Bump when what is pickled changes shape (not needed for new services: they are looked up by name).
FORMAT_VERSION = 1
ENV_FILE = "NUBELAB_STATE_FILE"
# moto's own bookkeeping, not the learner's resources.
NOT_SAVED = ("moto.moto_api", "moto.instance_metadata")

_save_lock = threading.Lock()
_startup_report = {"outcome": "none", "reason": "no-file"}


class IncompatibleState(Exception):
    """The file was written by another format, moto or Python version."""


def current_versions():
    return {
        "format": FORMAT_VERSION,
        "moto": moto.__version__,
        "python": "%d.%d" % sys.version_info[:2],
    }


def _where_defined(backend_dict):
    """'module:attribute' of a moto module holding `backend_dict` (e.g. 'moto.s3.models:s3_backends'),
    so a restore finds the live object again by importing it."""
    home = backend_dict.backend.__module__  # the module of the backend class: moto.s3.models
    places = sorted(
        (name != home, not name.endswith(".models"), name, attr)
        for name, module in list(sys.modules.items())
        if name.startswith("moto.") and module is not None
        for attr, value in list(vars(module).items())
        if value is backend_dict
    )
    if not places:
        raise LookupError("no moto module holds the %s backends" % backend_dict.service_name)
    _, _, name, attr = places[0]
    return "%s:%s" % (name, attr)


def _backends_in_use():
    """{'module:attribute': BackendDict} for every service that holds at least one account."""
    found = {}
    for backend_dict in list(BackendDict._instances):
        place = _where_defined(backend_dict)
        if not place.startswith(NOT_SAVED):
            found[place] = backend_dict
    return found


def _picklable_factory(factory):
    """A picklable stand-in for a defaultdict's factory. moto writes many as lambdas
    (`defaultdict(lambda: {})`), which pickle refuses; what they build is an empty container, so
    the container's type (or a partial for nested defaultdicts) builds the same thing."""
    if factory is None or getattr(factory, "__name__", "") != "<lambda>":
        return factory
    made = factory()
    if isinstance(made, defaultdict):
        return functools.partial(defaultdict, _picklable_factory(made.default_factory))
    if type(made) in (dict, list, set, int, float, str, tuple) and made == type(made)():
        return type(made)
    raise pickle.PicklingError("a defaultdict's factory builds %r, which cannot be saved" % (made,))


def _reduce_defaultdict(value):
    return (type(value), (_picklable_factory(value.default_factory),), None, None, iter(value.items()))


def _new_defaultdict_subclass(cls, factory):
    made = cls.__new__(cls)
    made.default_factory = factory
    return made


def _reduce_defaultdict_subclass(value):
    """moto's defaultdict subclasses take other constructor arguments (SSM's ParameterDict takes
    an account and a region), so a defaultdict's own reduction, `cls(factory)`, fails on load. The
    object is made empty instead, then given its attributes and items."""
    state = dict(value.__dict__) or None
    return (_new_defaultdict_subclass, (type(value), _picklable_factory(value.default_factory)), state, None, iter(value.items()))


def _reduce_weak_value_dictionary(value):
    # Its values are kept alive elsewhere in the same pickle (moto's weak indexes, e.g. Lambda's
    # function ARNs), so after loading they are alive again and the weak references hold.
    return (weakref.WeakValueDictionary, (), None, None, iter(list(value.items())))


# Stands for a Lambda function's base64 code in the file; rebuilt from the raw bytes on load.
ZIP_FROM_CODE_BYTES = "<nubelab: base64 of code_bytes>"


def _reduce_lambda_function(function):
    """moto keeps a function's zip twice: raw (`code_bytes`) and base64 (`code['ZipFile']`). The
    base64 copy is written as a marker when it is exactly the raw bytes encoded, which makes the
    file of a function with Pillow about 8 MB smaller. The state goes apart from the constructor
    arguments so the function's own back-references (its policy names it) pickle as usual."""
    state = function.__getstate__()
    code = state.get("code")
    raw = state.get("code_bytes")
    if isinstance(code, dict) and raw and code.get("ZipFile") == base64.b64encode(raw).decode():
        state = dict(state, code=dict(code, ZipFile=ZIP_FROM_CODE_BYTES))
    return (copyreg.__newobj__, (type(function),), state, None, None, _restore_lambda_function)


def _restore_lambda_function(function, state):
    code = state.get("code")
    if isinstance(code, dict) and code.get("ZipFile") == ZIP_FROM_CODE_BYTES:
        state = dict(state, code=dict(code, ZipFile=base64.b64encode(state["code_bytes"]).decode()))
    function.__dict__.update(state)


def _load_private_key(pem):
    from cryptography.hazmat.primitives.serialization import load_pem_private_key

    return load_pem_private_key(pem, password=None)


def _reduce_private_key(key):
    """KMS keys (and EBS encryption's default key) hold `cryptography` private keys, which are
    Rust objects pickle refuses: they are written as unencrypted PKCS#8 PEM and loaded back. The
    file is the emulator's own local state, like the rest of moto's backends in it."""
    from cryptography.hazmat.primitives import serialization

    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    return (_load_private_key, (pem,))


def _private_key_types():
    from cryptography.hazmat.primitives.asymmetric import ec, rsa

    # The concrete classes are private to cryptography's Rust bindings: take them from real keys.
    return {type(rsa.generate_private_key(public_exponent=65537, key_size=1024)), type(ec.generate_private_key(ec.SECP256R1()))}


def _subclasses(cls):
    return [cls] + [sub for direct in cls.__subclasses__() for sub in _subclasses(direct)]


def _reducers():
    from moto.awslambda.models import LambdaFunction

    reducers = {defaultdict: _reduce_defaultdict, weakref.WeakValueDictionary: _reduce_weak_value_dictionary}
    reducers.update({cls: _reduce_lambda_function for cls in _subclasses(LambdaFunction)})
    reducers.update({cls: _reduce_private_key for cls in _private_key_types()})
    reducers.update({cls: _reduce_defaultdict_subclass for cls in _subclasses(defaultdict)[1:]})
    return reducers


def _dumps(payload):
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.dispatch_table = {**copyreg.dispatch_table, **_reducers()}
    pickler.dump(payload)
    return buffer.getvalue()


def _culprit(payload):
    """The first service that cannot be pickled, to name it in the error."""
    for place, accounts in payload.items():
        try:
            _dumps(accounts)
        except Exception as error:  # noqa: BLE001 - the point is to name it
            return "%s: %s: %s" % (place, type(error).__name__, error)
    return None


def save(path):
    """Writes every backend in use to `path` atomically. Returns size, time and services."""
    started = time.perf_counter()
    with _save_lock, base_backend.backend_lock:
        services = _backends_in_use()
        # One dump for all services, so objects shared between them stay shared after a restore.
        payload = {name: dict(backend_dict) for name, backend_dict in services.items()}
        try:
            pickled = _dumps(payload)
        except Exception as error:
            raise pickle.PicklingError(_culprit(payload) or str(error)) from error
        body = zlib.compress(pickled, 1)
    header = json.dumps(current_versions()).encode() + b"\n"
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    temporary = "%s.%d.tmp" % (path, os.getpid())
    with open(temporary, "wb") as out:
        out.write(MAGIC + header + body)
        out.flush()
        os.fsync(out.fileno())
    os.replace(temporary, path)
    return {
        "bytes": len(MAGIC) + len(header) + len(body),
        "seconds": round(time.perf_counter() - started, 3),
        "services": sorted(services),
    }


def read(path):
    """The saved backends in `path`, or IncompatibleState / another exception when unusable."""
    with open(path, "rb") as source:
        if source.readline() != MAGIC:
            raise ValueError("not a NubeLab state file")
        written_by = json.loads(source.readline())
        if written_by != current_versions():
            raise IncompatibleState("written by %s, this is %s" % (written_by, current_versions()))
        return pickle.loads(zlib.decompress(source.read()))


def install(saved):
    """Puts saved backends in place of the live (empty) ones. The live BackendDicts are filled in
    place, because moto's modules hold references to them (`from moto.s3.models import s3_backends`)."""
    for place, accounts in saved.items():
        module_name, attr = place.split(":")
        live = getattr(importlib.import_module(module_name), attr)
        live.clear()
        live.update(accounts)
        if live not in BackendDict._instances:
            BackendDict._instances.append(live)


def restore(path):
    """Restores `path` if it is usable. Never raises: an unusable file is renamed aside."""
    started = time.perf_counter()
    if not os.path.exists(path):
        return {"outcome": "none", "reason": "no-file"}
    try:
        saved = read(path)
        install(saved)
    except Exception as error:  # noqa: BLE001 - any unreadable file means a fresh start, never a crash
        aside = path + ".discarded"
        os.replace(path, aside)
        kind = "incompatible" if isinstance(error, IncompatibleState) else "unreadable"
        return {"outcome": "discarded", "reason": kind, "detail": str(error)[:300], "moved_to": aside}
    return {
        "outcome": "restored",
        "seconds": round(time.perf_counter() - started, 3),
        "services": sorted(saved),
        "bytes": os.path.getsize(path),
    }


def _answer(start_response, status, body):
    data = json.dumps(body).encode()
    start_response(status, [("Content-Type", "application/json"), ("Content-Length", str(len(data)))])
    return [data]


def _handle(environ, start_response):
    path = os.environ.get(ENV_FILE)
    method = environ.get("REQUEST_METHOD")
    route = environ.get("PATH_INFO", "")
    if route == "/nubelab/state" and method == "GET":
        return _answer(start_response, "200 OK", dict(_startup_report, file=path))
    if route == "/nubelab/state/save" and method == "POST":
        if not path:
            return _answer(start_response, "409 Conflict", {"error": ENV_FILE + " is not set"})
        try:
            return _answer(start_response, "200 OK", dict(save(path), file=path))
        except Exception as error:  # noqa: BLE001 - reported to the caller, which decides what to tell
            return _answer(start_response, "500 Internal Server Error", {"error": "%s: %s" % (type(error).__name__, error)})
    return _answer(start_response, "404 Not Found", {"error": "no such route"})


def apply():
    """Adds the /nubelab/state routes and restores the saved state, before the server answers."""
    global _startup_report
    if getattr(DomainDispatcherApplication, "_nubelab_state_routes", False):
        return
    original_call = DomainDispatcherApplication.__call__

    def call(self, environ, start_response):
        if environ.get("PATH_INFO", "").startswith("/nubelab/state"):
            return _handle(environ, start_response)
        return original_call(self, environ, start_response)

    DomainDispatcherApplication.__call__ = call
    DomainDispatcherApplication._nubelab_state_routes = True
    path = os.environ.get(ENV_FILE)
    if path:
        _startup_report = restore(path)
        print("nubelab state: %s" % json.dumps(_startup_report), file=sys.stderr, flush=True)
