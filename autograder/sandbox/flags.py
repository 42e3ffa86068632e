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


def time_limit(seconds=None) -> str:
    """A cell interrupted at its time limit, in the course's voice (not a bare KeyboardInterrupt)."""
    limit = f" ({seconds:g} s)" if isinstance(seconds, int | float) else ""
    return (
        "✗ Time limit\n"
        f"  Received:     the cell was still running at its time limit{limit} and was "
        "interrupted\n"
        "  Likely cause: a loop that never ends, or training for many epochs; the checks "
        "themselves take seconds.\n"
        "  Next step:    run the cell yourself, time it, and make your function return as "
        "soon as the model is built."
    )
