"""CreateEndpoint starts one long-lived worker process per endpoint; DeleteEndpoint stops it.

moto 5.2.5: `create_endpoint` (sagemaker/models.py ~L3614) stores an endpoint InService at once,
whatever its model; nothing loads or serves it.

Here the endpoint is Creating while, on a background thread, the emulator resolves endpoint
config → first production variant → model → its container (a scikit-learn framework image),
unpacks ModelDataUrl (model.tar.gz) and the inference code (SAGEMAKER_SUBMIT_DIRECTORY: an S3
tarball, or a folder inside the model such as /opt/ml/model/code; default: the model's code/
folder) and starts serving_worker.py, which loads the model with model_fn. Loaded → InService;
otherwise Failed with FailureReason saying why. The worker's stderr goes to
/aws/sagemaker/Endpoints/<name>, stream AllTraffic/<instance id>, as on AWS.

Workers live in a module-level registry keyed by (account, region, endpoint name), not on moto's
objects, so saved_state.py pickles the backends unchanged; an InService endpoint restored without
a worker (after a restart) gets one on its first invocation. Workers die with the server: spawned
from one long-lived thread with the kernel's parent-death signal, they also exit on EOF of their
stdin, and an atexit hook kills any left. POST /moto-api/reset (MotoAPIBackend.reset) stops them
too: the endpoints they served are gone.
"""
import atexit
import base64
import json
import os
import queue
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import traceback
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from moto.core.utils import utcnow
from moto.moto_api._internal.models import MotoAPIBackend
from moto.sagemaker.models import SageMakerModelBackend

from ..lambda_runs import logs
from ..lambda_runs.endpoint import current_endpoint
from . import artifacts, environment

WORKER = str(Path(__file__).resolve().parent / "serving_worker.py")
LOAD_TIMEOUT_S = 120
_spawner = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sagemaker-spawner")
_starter = ThreadPoolExecutor(max_workers=2, thread_name_prefix="sagemaker-endpoint")
_workers = {}
_workers_lock = threading.Lock()
_applied = False


class LoadError(Exception):
    pass


class EndpointWorker:
    """One serving process: requests on its stdin, answers read by a thread into a queue, its
    stderr copied to the endpoint's log stream by another thread."""

    def __init__(self, command, env, cwd, account_id, region, endpoint_name, work):
        self.work = work
        self.log_group = f"/aws/sagemaker/Endpoints/{endpoint_name}"
        self.log_stream = f"AllTraffic/i-{uuid.uuid4().hex[:17]}"
        self._where = (account_id, region)
        self._answers = queue.Queue()
        self._lock = threading.Lock()
        self.started = time.monotonic()
        self.process = _spawner.submit(subprocess.Popen, command, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                       stderr=subprocess.PIPE, env=env, cwd=cwd).result()
        threading.Thread(target=self._read_answers, daemon=True).start()
        threading.Thread(target=self._copy_log, daemon=True).start()

    def _read_answers(self):
        for line in self.process.stdout:
            try:
                self._answers.put(json.loads(line))
            except ValueError:
                pass
        self._answers.put(None)  # the process is gone

    def _copy_log(self):
        for line in self.process.stderr:
            text = line.decode("utf-8", "replace").rstrip("\n")
            logs.write(*self._where, self.log_group, self.log_stream, [(logs.now_ms(), text)])

    def wait_loaded(self, timeout_s):
        try:
            answer = self._answers.get(timeout=timeout_s)
        except queue.Empty:
            raise LoadError(f"the model did not load within {timeout_s} s") from None
        if answer is None:
            raise LoadError(f"the serving process exited with code {self.process.wait()}")
        if "error" in answer:
            raise LoadError(answer["error"])

    def invoke(self, body, content_type, accept, timeout_s):
        """(answer dict or None on timeout/crash, milliseconds)."""
        with self._lock:
            request_id = uuid.uuid4().hex
            started = time.monotonic()
            try:
                self.process.stdin.write((json.dumps({"id": request_id, "body": base64.b64encode(body).decode(), "content_type": content_type, "accept": accept}) + "\n").encode())
                self.process.stdin.flush()
                answer = self._answers.get(timeout=timeout_s)
            except (BrokenPipeError, OSError, queue.Empty):
                answer = None
            return answer, (time.monotonic() - started) * 1000

    def alive(self):
        return self.process.poll() is None

    def stop(self):
        for stream in (self.process.stdin,):
            try:
                stream.close()  # an idle worker exits on EOF
            except OSError:
                pass
        try:
            self.process.wait(timeout=2)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=5)
        shutil.rmtree(self.work, ignore_errors=True)


def _container(backend, endpoint):
    config = backend.endpoint_configs.get(endpoint.endpoint_config_name)
    if config is None:
        raise LoadError(f"the endpoint configuration '{endpoint.endpoint_config_name}' no longer exists")
    variant = config.production_variants[0]
    model = backend._models.get(variant["ModelName"])
    if model is None:
        raise LoadError(f"the model '{variant['ModelName']}' no longer exists")
    container = model.primary_container or (model.containers or [{}])[0]
    return container, model


def start_worker(backend, endpoint, server_endpoint):
    """Unpacks the model and its code, starts a worker and waits until the model is loaded."""
    container, model = _container(backend, endpoint)
    image = container.get("Image", "")
    if not environment.is_sklearn_image(image):
        raise LoadError(f"NubeLab's emulator serves only SageMaker scikit-learn framework images ({environment.SKLEARN_IMAGE}); got '{image or '(none)'}'")
    account_id, region = backend.account_id, backend.region_name
    work = Path(tempfile.mkdtemp(prefix="sagemaker-endpoint-"))
    try:
        model_dir = work / "model"
        data_url = container.get("ModelDataUrl")
        if not data_url:
            raise LoadError("the model has no ModelDataUrl")
        artifacts.extract(artifacts.get(account_id, region, data_url), model_dir)
        settings = container.get("Environment") or {}
        code_dir = _code_dir(account_id, region, settings.get("SAGEMAKER_SUBMIT_DIRECTORY"), model_dir, work)
        config = {"paths": [str(code_dir), str(environment.library_dir())], "model_dir": str(model_dir), "code_dir": str(code_dir),
                  "program": settings.get("SAGEMAKER_PROGRAM"), "server_pid": os.getpid()}
        env = {**environment.base_environment(account_id, region, model.execution_role_arn, "SageMaker", server_endpoint, work),
               **{k: str(v) for k, v in settings.items()}, "SM_MODEL_DIR": str(model_dir)}
        worker = EndpointWorker([environment.interpreter(), "-I", "-S", "-u", WORKER, json.dumps(config)], env, code_dir,
                                account_id, region, endpoint.endpoint_name, work)
    except artifacts.ArtifactError as e:
        shutil.rmtree(work, ignore_errors=True)
        raise LoadError(str(e)) from None
    except Exception:
        shutil.rmtree(work, ignore_errors=True)
        raise
    try:
        worker.wait_loaded(LOAD_TIMEOUT_S)
    except LoadError:
        worker.stop()
        raise
    return worker


def _code_dir(account_id, region, submit_directory, model_dir, work):
    if submit_directory and submit_directory.startswith("s3://"):
        code = work / "code"
        artifacts.extract(artifacts.get(account_id, region, submit_directory), code)
        return code
    if submit_directory and submit_directory.startswith("/opt/ml/model"):
        return model_dir / submit_directory[len("/opt/ml/model"):].lstrip("/")
    return model_dir / "code" if (model_dir / "code").is_dir() else model_dir


def _key(backend, name):
    return (backend.account_id, backend.region_name, name)


def create_endpoint(self, *args, **kwargs):
    endpoint = _original_create(self, *args, **kwargs)
    endpoint.endpoint_status = "Creating"
    _replace_worker(_key(self, endpoint.endpoint_name), None)  # a same-named endpoint from before a reset
    _starter.submit(_bring_up, self, endpoint, current_endpoint())
    return endpoint


def _bring_up(backend, endpoint, server_endpoint):
    try:
        worker = start_worker(backend, endpoint, server_endpoint)
    except LoadError as e:
        _set_status(endpoint, "Failed", f"The primary container for production variant AllTraffic did not pass the ping health check: {e}. Check the logs of /aws/sagemaker/Endpoints/{endpoint.endpoint_name}.")
        return
    except Exception as e:  # a bug of ours: the endpoint still leaves Creating, and says so
        traceback.print_exc(file=sys.stderr)
        _set_status(endpoint, "Failed", f"NubeLab's emulator failed to start this endpoint: {e}")
        return
    if backend.endpoints.get(endpoint.endpoint_name) is not endpoint:  # deleted while creating
        worker.stop()
        return
    _replace_worker(_key(backend, endpoint.endpoint_name), worker)
    _set_status(endpoint, "InService")


def _set_status(endpoint, status, reason=None):
    endpoint.failure_reason = reason
    endpoint.last_modified_time = utcnow()
    endpoint.endpoint_status = status


def _replace_worker(key, worker):
    with _workers_lock:
        old = _workers.pop(key, None)
        if worker is not None:
            _workers[key] = worker
    if old is not None:
        old.stop()


def worker_for(backend, endpoint):
    """The endpoint's live worker; one is started when an InService endpoint has none (restored
    after a restart, or its process died)."""
    key = _key(backend, endpoint.endpoint_name)
    with _workers_lock:
        worker = _workers.get(key)
    if worker is not None and worker.alive():
        return worker
    worker = start_worker(backend, endpoint, current_endpoint())
    _replace_worker(key, worker)
    return worker


def delete_endpoint(self, endpoint_name):
    _original_delete(self, endpoint_name)
    _replace_worker(_key(self, endpoint_name), None)


def stop_all():
    with _workers_lock:
        workers = list(_workers.values())
        _workers.clear()
    for worker in workers:
        worker.stop()


def reset(self):
    stop_all()
    _original_reset(self)


_original_create = SageMakerModelBackend.create_endpoint
_original_delete = SageMakerModelBackend.delete_endpoint
_original_reset = MotoAPIBackend.reset


def apply():
    global _applied
    if _applied:
        return
    SageMakerModelBackend.create_endpoint = create_endpoint
    SageMakerModelBackend.delete_endpoint = delete_endpoint
    MotoAPIBackend.reset = reset
    atexit.register(stop_all)
    _applied = True
