"""Where the boto3 that functions import lives: `.lambda-sdk/` at the repository root, installed by
scripts/setup.sh from emulator/lambda-sdk.lock (pure Python, one copy for every interpreter).

It is kept apart from the emulator's virtualenv on purpose: a function must see boto3 and nothing
else of the server's packages, so a zip that forgot Pillow fails as it does on AWS.
"""
import hashlib
import os
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[3]
LOCK_FILE = REPO_ROOT / "emulator" / "lambda-sdk.lock"


def sdk_dir():
    return Path(os.environ.get("NUBELAB_LAMBDA_SDK") or REPO_ROOT / ".lambda-sdk")


def sdk_problem():
    """None when the SDK matches the lock file, else a sentence saying what to run (en / es)."""
    stamp = sdk_dir() / ".nubelab-setup"
    # Same fingerprint as setup.sh's: the first 16 hex digits of the lock file's sha256.
    want = hashlib.sha256(LOCK_FILE.read_bytes()).hexdigest()[:16]
    have = stamp.read_text().strip() if stamp.is_file() else None
    if have == want:
        return None
    return (
        f"The boto3 for Lambda functions in {sdk_dir()} is missing or out of date: run scripts/setup.sh"
        f" / Falta o está desactualizado el boto3 de las funciones Lambda en {sdk_dir()}: ejecuta scripts/setup.sh"
    )
