"""What a flagged or stopped test cell carries: the error names the grader and ckl-grade read.

The sandbox's modules all read these, so they live here, below every one of them
(`execute` writes the stops, `replay` and `verdicts` flag, `classroom` reads both):
no module of the sandbox needs another that needs it back.
"""

from __future__ import annotations

import re

import nbformat

ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")  # terminal colours in an error's text
PASS_MARK = "✓ "  # autograder.feedback.passed prints "✓ title"; verdicts looks for it
FLAGGED = "FlaggedForReview"  # the error name of a flagged cell's output (ckl-grade reads it)
# An error output's name for each way a kernel stopped (read by ckl-grade's worker).
STOPPED = {
    "timeout": "KernelStoppedAfterTimeout",
    "died": "KernelDied",
    "not run": "CellNotRun",
    "too many cells": "TooManyCells",
}


def flag(cell, reason: str, resources: dict) -> None:
    """Score this test cell 0 and record it as flagged for review."""
    evalue = f"flagged for review: {reason}"
    cell.outputs = [
        *cell.get("outputs", []),
        nbformat.v4.new_output(
            "error",
            ename=FLAGGED,
            evalue=evalue,
            traceback=[f"⚑ Flagged for review: {reason}"],
        ),
    ]
    gid = cell.metadata.get("nbgrader", {}).get("grade_id", "?")
    resources.setdefault("ckl_flags", {})[gid] = reason


def _voice(title: str, received: str, cause: str, step: str) -> str:
    """A stop said as the checks say a failure: what happened, the likely cause, the next step."""
    return f"✗ {title}\n  Received:     {received}\n  Likely cause: {cause}\n  Next step:    {step}"


def time_limit(seconds=None) -> str:
    """A cell interrupted at its time limit, in the course's voice (not a bare KeyboardInterrupt)."""
    limit = f" ({seconds:g} s)" if isinstance(seconds, int | float) else ""
    return _voice(
        "Time limit",
        f"the cell was still running at its time limit{limit} and was interrupted",
        "a loop that never ends, or training for many epochs; the checks themselves take seconds.",
        "run the cell yourself, time it, and make your function return as soon as the model "
        "is built.",
    )


def ignored_interrupt(seconds) -> str:
    """A cell past its time limit that went on after the interrupt, so its kernel was stopped."""
    limit = f" ({seconds:g} s)" if isinstance(seconds, int | float) else ""
    return _voice(
        "Time limit",
        f"this cell ran past its time limit{limit} and went on after the interrupt, "
        "so its kernel was stopped; the cells after it were not run.",
        "a loop that catches the interrupt (a bare except:, or except BaseException:) and goes "
        "on, or one long call that cannot be interrupted.",
        "catch only the errors you expect (except ValueError:), make the loop end, then run "
        "the notebook yourself with Kernel > Restart Kernel and Run All Cells.",
    )


def kernel_died() -> str:
    """A kernel that died while a cell ran."""
    return _voice(
        "Kernel died",
        "the kernel stopped while this cell ran; the cells after it were not run.",
        "memory ran out (a very large array or model, or models made in a loop that never "
        "ends), or the process was ended (os._exit, sys.exit in a thread, a signal).",
        "run the notebook yourself with Kernel > Restart Kernel and Run All Cells; if the "
        "kernel dies there too, make the arrays or the loop in that cell smaller.",
    )


def not_run(at: str, why: str) -> str:
    """A cell after the one whose kernel was stopped."""
    return _voice(
        "Not run",
        f"this cell was not run: the kernel was stopped at cell {at} ({why}).",
        f"cell {at}, not this one: its own message says what stopped it.",
        f"fix cell {at} first; this cell is graded once the notebook runs through.",
    )


def too_many_cells(cells: int, expected, extra: int) -> str:
    """A notebook with far more cells than its assignment: not run at all."""
    return _voice(
        "Not graded",
        f"the notebook has {cells:,} cells and its assignment {expected}; a submission may "
        f"add at most {extra} cells of its own.",
        "cells pasted in or copied many times over (from another notebook, or by a script).",
        "remove the cells you added, then submit again.",
    )
