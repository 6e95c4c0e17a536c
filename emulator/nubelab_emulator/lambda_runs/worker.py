"""One execution environment: a subprocess running bootstrap.py for one function version.

The server talks to it over three pipes (see bootstrap.py): requests on its stdin, its
stdout+stderr as the function's log, results on a fourth descriptor. Waiting for a phase
(init, or one invocation) reads both outputs until the result and the end-of-phase marker
arrived, the process exited, or the deadline passed; the caller kills the worker on the last two.

Workers must not outlive the server: each is spawned from one long-lived thread (the kernel's
parent-death signal, which bootstrap.py asks for, fires when the *thread* that forked the child
ends, and werkzeug serves each request on a short-lived thread), and an idle worker also exits
on EOF of its stdin.
"""
import json
import os
import selectors
import subprocess
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from . import bootstrap, logs

BOOTSTRAP = str(Path(bootstrap.__file__).resolve())
_MARKER = bootstrap.MARKER.encode()
_spawner = ThreadPoolExecutor(max_workers=1, thread_name_prefix="lambda-spawner")


@dataclass
class Phase:
    """What one phase produced. status: "done", "timeout" or "exited"."""

    status: str
    message: dict = None
    lines: list = field(default_factory=list)  # (timestamp_ms, text)
    exit_code: int = None
    ms: float = 0.0  # how long the phase took, for INIT_REPORT and REPORT


class Worker:
    def __init__(self, interpreter_path, config, env, cwd, fingerprint, log_stream):
        self.fingerprint = fingerprint
        self.log_stream = log_stream
        self.last_used = time.monotonic()
        self.init = None  # the init Phase, set by whoever starts the worker
        result_read, result_write = os.pipe()
        try:
            self.process = _spawner.submit(
                subprocess.Popen,
                [interpreter_path, "-I", "-S", "-u", BOOTSTRAP, str(result_write), str(os.getpid()), json.dumps(config)],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                env=env,
                cwd=cwd,
                pass_fds=(result_write,),
            ).result()
        finally:
            os.close(result_write)
        self._results = result_read
        self._log = self.process.stdout.fileno()
        self._buffers = {self._results: b"", self._log: b""}
        self._pending_results = []

    def await_phase(self, phase_id, deadline):
        phase = Phase(status="timeout")
        marker_seen = False
        open_fds = {self._results, self._log}
        with selectors.DefaultSelector() as selector:
            for fd in open_fds:
                selector.register(fd, selectors.EVENT_READ)
            while True:
                phase.message = phase.message or self._take_result(phase_id)
                if phase.message and marker_seen:
                    phase.status = "done"
                    return phase
                if not open_fds:
                    phase.status = "exited"
                    phase.exit_code = self._exit_code()
                    return phase
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return phase
                for key, _ in selector.select(remaining):
                    chunk = os.read(key.fd, 65536)
                    if not chunk:
                        selector.unregister(key.fd)
                        open_fds.discard(key.fd)
                        chunk = b"\n" if self._buffers[key.fd] else b""  # flush a last unterminated line
                    marker_seen |= self._consume(key.fd, chunk, phase_id, phase.lines)

    def _consume(self, fd, chunk, phase_id, lines):
        data = self._buffers[fd] + chunk
        *complete, self._buffers[fd] = data.split(b"\n")
        marker_seen = False
        for raw in complete:
            if fd == self._results:
                try:
                    self._pending_results.append(json.loads(raw))
                except ValueError:  # cut short by the process dying mid-write
                    pass
            elif raw.startswith(_MARKER):
                marker_seen |= raw[len(_MARKER) :].strip().decode() == phase_id
            else:
                lines.append((logs.now_ms(), raw.decode("utf-8", "replace")))
        return marker_seen

    def _take_result(self, phase_id):
        for message in self._pending_results:
            if message.get("request_id", "init") == phase_id:
                self._pending_results.remove(message)
                return message
        return None

    def _exit_code(self):
        try:
            return self.process.wait(timeout=2)
        except subprocess.TimeoutExpired:
            return None

    def send(self, request):
        """False when the worker is gone (its stdin is closed)."""
        try:
            self.process.stdin.write((json.dumps(request) + "\n").encode())
            self.process.stdin.flush()
            return True
        except (BrokenPipeError, OSError):
            return False

    def max_memory_mb(self):
        """Peak resident memory of the process so far (VmHWM), as AWS's "Max Memory Used"."""
        try:
            with open(f"/proc/{self.process.pid}/status") as status:
                for line in status:
                    if line.startswith("VmHWM:"):
                        return -(-int(line.split()[1]) // 1024)
        except OSError:
            pass
        return 0

    def kill(self):
        if self.process.poll() is None:
            self.process.kill()
        try:
            self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            pass
        for stream in (self.process.stdin, self.process.stdout):
            try:
                stream.close()
            except OSError:
                pass
        try:
            os.close(self._results)
        except OSError:
            pass
