"""Feedback in one voice: what was expected, what was received, why, what next.

Every check in this package fails by raising `CheckFailed`, an AssertionError
whose text always has the same four parts, so a learner reads every message
the same way (the ✗ line first)::

    ✗ Parameter count of the model
      Expected:    113 trainable parameters
      Received:    105 trainable parameters (8 fewer)
      Likely cause: the head sees 8 features, not 16: the branches were added, not concatenated.
      Next step:   merge the branches with keras.layers.Concatenate().

A judging check hands its facts (an `autograder.failure.Failure`) to the explaining
layer (`autograder.causes.report`), which finds the cause and next step and calls `say`.
`Feedback`, `CheckFailed` and `fail` are defined in `autograder.failure` (so that
`integrity`, which `passed` relies on, can raise them) and taken from here.
"""

from __future__ import annotations

import sys

from . import integrity, output, task
from .failure import CheckFailed, Failure, Feedback, fail  # noqa: F401 -- the voice's own types


def count(n: int) -> str:
    """1290 -> '1,290'."""
    return f"{n:,}"


def ratio(big: int, small: int) -> tuple[int, bool] | None:
    """(n, exact) when `big` is n times `small` (n ≥ 2) to within 5 %, else None."""
    if small <= 0:
        return None
    n = round(big / small)
    if n < 2 or abs(big - n * small) > 0.05 * big:
        return None
    return n, big == n * small


def compare_counts(expected: int, received: int) -> str:
    """A few words on how far `received` is from `expected`."""
    if expected == received:
        return "as expected"
    diff = received - expected
    words = f"{count(abs(diff))} {'more' if diff > 0 else 'fewer'}"
    if times := ratio(received, expected):
        n, exact = times
        phrase = "twice as many" if n == 2 else f"{n} times as many"
        return phrase if exact else f"{words}, about {phrase}"
    if part := ratio(expected, received):
        n, exact = part
        phrase = "half as many" if n == 2 else f"1/{n} as many"
        return phrase if exact else f"{words}, about {phrase}"
    return words


def say(failure: Failure, cause: str = "", next_step: str = ""):
    """Raise CheckFailed for a judge's `failure`, with the cause and next step found for it."""
    __tracebackhide__ = True
    fail(failure.title, failure.expected, failure.received, cause, next_step, failure.details)


def passed(title: str) -> None:
    """Print one line for a check that passed (stdout, never stderr).

    First, the checks must still be genuine (grading security, issue 11):
    `integrity.verify()` raises TamperingDetected if anything they rely on
    was replaced, and then no pass line is printed.
    """
    integrity.verify()
    # a message of its own: what the cell printed before (a flood a grader may cut or
    # refuse) is sent first, so the result line never travels inside it; and past the
    # output budget of a grading kernel (autograder.output)
    output.emit(f"✓ {title}\n")
    _reset_task_context()


def _reset_task_context(*_args, **_kwargs) -> None:
    """A test cell's task context (`ag.context`, autograder.task) ends with the cell."""
    task.reset_context()


def _show_check_failed(shell, etype, value, tb, tb_offset=None):
    """IPython handler: show a CheckFailed as its message, without our frames.

    The cell still ends in an error (nbgrader scores it zero); the learner sees
    the feedback instead of a traceback through the checker's internals.
    """
    text = str(value)
    shell._showtraceback(etype, value, [f"\x1b[0;31m{text}\x1b[0m"])


def install_ipython_handler() -> bool:
    """Make IPython show CheckFailed as plain feedback. False outside IPython."""
    ipython = sys.modules.get("IPython")
    shell = ipython.get_ipython() if ipython else None
    if shell is None:
        return False
    shell.set_custom_exc((CheckFailed,), _show_check_failed)
    events = getattr(shell, "events", None)
    if events is not None:  # a task context lasts one cell
        events.register("pre_run_cell", _reset_task_context)
    return True
