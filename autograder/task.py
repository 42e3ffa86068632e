"""The current test cell's task context: which kind of task a Keras error is explained for.

A test cell says once, before it calls the learner's function, which kind of task it
is (`ag.context("sharing")`); `autograder.keras_errors` then explains Keras's own errors
in that task's terms. The setting lasts for the current cell: IPython's pre_run_cell
hook (installed by `autograder.feedback`) and `ag.passed()` reset it.

(The module is not named `context`: importing `autograder.context` would hide the
function `ag.context` behind the module.)
"""

from __future__ import annotations

CONTEXTS = {
    "sharing": "one layer instance serves several inputs: weights shared by calling it again",
    "copy": "a duplicate or a copy of a layer or model",
    "custom_layer": "a Layer subclass written by the learner",
    "saving": "a model saved and loaded again",
    "grafting": "models used as layers, cut, frozen and fine-tuned",
}

_context: list[str | None] = [None]


def set_context(name: str | None) -> None:
    """Set the current test cell's task context; None clears it."""
    if name is not None and name not in CONTEXTS:
        raise ValueError(f"unknown task context {name!r}; known: {', '.join(CONTEXTS)}")
    _context[0] = name


def current_context() -> str | None:
    return _context[0]


def reset_context(*_args, **_kwargs) -> None:
    """Forget the task context (IPython calls this before each cell)."""
    _context[0] = None
