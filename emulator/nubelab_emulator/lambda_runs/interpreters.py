"""Which Python interpreter runs a function's runtime (`python3.12` → a real `python3.12` binary).

AWS runs `python3.X` on its own build of CPython 3.X. Here the newest interpreter of exactly 3.X
found on the machine runs it: `python3.X` on PATH (pyenv's shims are skipped: they are shell
scripts that may refuse a version the current pyenv selection lacks, and cost ~50 ms a start),
`$PYENV_ROOT/versions/3.X.*/bin/python3.X` (default `~/.pyenv`), and the usual system paths.
When no 3.X exists, the newest Python 3 found runs the function and the run's log says so
(`Interpreter.exact` is then False). Each candidate's version is asked of the binary itself once.
"""
import functools
import glob
import os
import re
import shutil
import subprocess
from dataclasses import dataclass

_RUNTIME = re.compile(r"^python3\.(\d+)$")
_SYSTEM_DIRS = ("/usr/local/bin", "/usr/bin", "/bin")
_MINORS = range(6, 30)


@dataclass(frozen=True)
class Interpreter:
    path: str
    version: tuple  # (3, 12, 1)
    exact: bool  # False when the runtime's own minor version was missing

    @property
    def version_text(self):
        return ".".join(str(n) for n in self.version)


def wanted_minor(runtime):
    """3.X's X for a `python3.X` runtime, or None for any other runtime (nodejs22.x, java21…)."""
    match = _RUNTIME.match(runtime or "")
    return int(match.group(1)) if match else None


def _pyenv_root():
    return os.environ.get("PYENV_ROOT") or os.path.expanduser("~/.pyenv")


def _candidates(minor):
    name = f"python3.{minor}"
    found = glob.glob(os.path.join(_pyenv_root(), "versions", f"3.{minor}.*", "bin", name))
    for directory in os.environ.get("PATH", "").split(os.pathsep) + list(_SYSTEM_DIRS):
        if directory and os.path.basename(directory.rstrip("/")) != "shims":
            path = shutil.which(name, path=directory)
            if path:
                found.append(path)
    return sorted({os.path.realpath(p) for p in found})


@functools.lru_cache(maxsize=None)
def _version_of(path):
    try:
        out = subprocess.run(
            [path, "-I", "-S", "-c", "import sys; print('%d.%d.%d' % sys.version_info[:3])"],
            capture_output=True, text=True, timeout=10, check=True,
        ).stdout.strip()
        return tuple(int(n) for n in out.split("."))
    except (OSError, subprocess.SubprocessError, ValueError):
        return None


def _newest(minor):
    versions = [(v, p) for p in _candidates(minor) if (v := _version_of(p)) and v[:2] == (3, minor)]
    return max(versions) if versions else None


@functools.lru_cache(maxsize=None)
def interpreter_for(runtime):
    """The interpreter that runs `runtime`, or None when it is not a Python runtime or no Python 3
    exists at all. Cached for the server's life: interpreters are not installed mid-session."""
    minor = wanted_minor(runtime)
    if minor is None:
        return None
    exact = _newest(minor)
    if exact:
        return Interpreter(path=exact[1], version=exact[0], exact=True)
    others = [found for m in _MINORS if m != minor and (found := _newest(m))]
    if not others:
        return None
    version, path = max(others)
    return Interpreter(path=path, version=version, exact=False)
