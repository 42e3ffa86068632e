"""Models a test cell received, saved so that grading can check them again outside the kernel.

In a grading sandbox (`CKL_RECORD_DIR` set by `autograder.sandbox.kernel`),
`ag.build`/`ag.call` save each keras.Model the learner's function returns as
`RECORD_DIR/<id of the cell's execute request>.<n>.keras`. When a model cannot be saved
(a custom class, a Lambda, not built), a `.json` file says why. Outside a
grading sandbox this does nothing. `autograder.sandbox.replay` takes them out
of the kernel's reach when the cell replies and decides, by its own rules, which
are the cell's (exactly `.1` to `.m`, in the order they were saved): whatever else
the kernel writes there is evidence of tampering, never a record.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from .quiet import captured_warnings, native_stderr_silenced

_counter = {"cell": None, "n": 0}


def directory() -> Path | None:
    path = os.environ.get("CKL_RECORD_DIR", "")
    return Path(path) if path and os.path.isdir(path) else None


def request_id() -> str:
    """The id of the execute request the kernel is running (the test cell's own)."""
    ipython = sys.modules.get("IPython")
    shell = ipython.get_ipython() if ipython else None
    kernel = getattr(shell, "kernel", None)
    try:
        msg_id = kernel.get_parent("shell")["header"]["msg_id"]
    except (AttributeError, KeyError, TypeError):
        return "unknown"
    return safe_id(msg_id) or "unknown"


def safe_id(msg_id) -> str:
    """A message id as it may appear in a file name (the grader reads records by it)."""
    return "".join(ch for ch in str(msg_id) if ch.isalnum() or ch in "-_")[:80]


def save(result, args=(), kwargs=None) -> None:
    """Save `result` (a keras.Model) for the verdict to be recomputed, if grading asks for it."""
    folder = directory()
    if folder is None:
        return
    keras = sys.modules.get("keras")
    cell = request_id()
    if _counter["cell"] != cell:
        _counter.update(cell=cell, n=0)
    _counter["n"] += 1
    stem = folder / f"{cell}.{_counter['n']}"
    why = ""
    if keras is None or not isinstance(result, keras.Model):
        why = f"not a keras.Model ({type(result).__name__})"
    elif args or kwargs:
        why = "the learner's function was given arguments"
    else:
        try:
            with captured_warnings(), native_stderr_silenced():
                result.save(f"{stem}.keras")
            return
        except Exception as exc:  # custom layers without get_config, unbuilt models, ...
            why = f"cannot be saved: {type(exc).__name__}"
            Path(f"{stem}.keras").unlink(missing_ok=True)
    Path(f"{stem}.json").write_text(json.dumps({"unsaved": why}))
