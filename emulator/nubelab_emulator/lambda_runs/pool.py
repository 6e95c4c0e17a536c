"""Warm workers, as Lambda keeps execution environments: a worker serves one invocation at a
time and then waits for the next one of the same function version, keeping its module state.

- Identity: a worker belongs to (account, region, function, version) and carries a fingerprint
  of everything it was started with (code, layers, runtime, handler, settings, role,
  interpreter). A changed function never reuses an old worker: UpdateFunctionCode and
  UpdateFunctionConfiguration discard its workers at once (see invoke.py), and a fingerprint
  mismatch discards any that slipped through.
- Concurrency: each function may have up to PER_FUNCTION workers busy at once; more invocations
  wait for one to be free (the machine has few cores; AWS would add environments up to the
  account's concurrency).
- A worker that timed out, crashed or failed its init is killed, never reused; workers idle for
  IDLE_SECONDS (env NUBELAB_LAMBDA_IDLE_SECONDS, default 300) exit.
"""
import os
import threading
import time
from collections import defaultdict

PER_FUNCTION = 3
IDLE_SECONDS = float(os.environ.get("NUBELAB_LAMBDA_IDLE_SECONDS", "300"))
_REAP_EVERY_S = min(10.0, max(0.2, IDLE_SECONDS / 2))


class WorkerPool:
    def __init__(self):
        self._changed = threading.Condition()
        self._idle = defaultdict(list)
        self._busy = defaultdict(int)
        self._current = {}  # key -> fingerprint of the function as last invoked
        self._reaper = None

    def acquire(self, key, fingerprint, start_worker):
        """(worker, cold). `start_worker()` makes a worker, already initialised, when none is warm."""
        stale = []
        try:
            with self._changed:
                self._ensure_reaper()
                if self._current.get(key) != fingerprint:
                    stale += self._idle.pop(key, [])
                    self._current[key] = fingerprint
                while not self._idle[key] and self._busy[key] >= PER_FUNCTION:
                    self._changed.wait(timeout=1)
                self._busy[key] += 1
                if self._idle[key]:
                    return self._idle[key].pop(), False
        finally:
            for worker in stale:
                worker.kill()
        try:
            return start_worker(), True
        except BaseException:
            self._release_slot(key)
            raise

    def release(self, key, worker, reusable):
        with self._changed:
            keep = reusable and self._current.get(key) == worker.fingerprint
            if keep:
                worker.last_used = time.monotonic()
                self._idle[key].append(worker)
            self._busy[key] -= 1
            self._changed.notify_all()
        if not keep:
            worker.kill()

    def discard(self, key):
        """The function changed: its idle workers go now, its busy ones when they finish."""
        with self._changed:
            stale = self._idle.pop(key, [])
            self._current.pop(key, None)
        for worker in stale:
            worker.kill()

    def _release_slot(self, key):
        with self._changed:
            self._busy[key] -= 1
            self._changed.notify_all()

    def _ensure_reaper(self):
        if self._reaper is None:
            self._reaper = threading.Thread(target=self._reap_forever, name="lambda-reaper", daemon=True)
            self._reaper.start()

    def _reap_forever(self):
        while True:
            time.sleep(_REAP_EVERY_S)
            cutoff = time.monotonic() - IDLE_SECONDS
            expired = []
            with self._changed:
                for key, workers in self._idle.items():
                    expired += [w for w in workers if w.last_used < cutoff]
                    workers[:] = [w for w in workers if w.last_used >= cutoff]
            for worker in expired:
                worker.kill()


pool = WorkerPool()
