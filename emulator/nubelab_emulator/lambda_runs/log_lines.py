"""Pieces of the lines the Lambda service itself writes to a function's log, in AWS's format
(the REPORT line, timestamps, exit statuses), NubeLab's note when another Python ran the
function, and the log tail that Invoke returns with `X-Amz-Log-Type: Tail`."""
import math
from datetime import datetime, timezone

_LOG_TAIL_BYTES = 4096  # X-Amz-Log-Result carries the last 4 KB


def interpreter_note(runtime, interpreter):
    wanted = runtime.replace("python", "Python ")
    return (
        f"NubeLab: this machine has no {wanted} for runtime {runtime}; Python {interpreter.version_text} ({interpreter.path}) ran it"
        f" / NubeLab: esta máquina no tiene {wanted} para el runtime {runtime}; lo ejecutó Python {interpreter.version_text} ({interpreter.path})"
    )


def report(rid, duration_ms, memory_size, memory_used, init_ms):
    billed = math.ceil(duration_ms + (init_ms or 0))
    text = f"REPORT RequestId: {rid}\tDuration: {duration_ms:.2f} ms\tBilled Duration: {billed} ms\tMemory Size: {memory_size} MB\tMax Memory Used: {memory_used} MB"
    if init_ms is not None:
        text += f"\tInit Duration: {init_ms:.2f} ms"
    return text


def exit_text(code):
    if code is None:
        return "unknown"
    if code < 0:
        return {9: "signal: killed", 11: "signal: segmentation fault", 6: "signal: aborted"}.get(-code, f"signal: {-code}")
    return f"exit status {code}"


def iso_now():
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def tail(lines):
    text = "\n".join(message for _, message in lines) + "\n"
    return text.encode()[-_LOG_TAIL_BYTES:].decode("utf-8", "ignore")
