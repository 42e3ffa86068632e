"""What a flagged or stopped test cell carries: the error names the grader and ckl-grade read.

The sandbox's modules all read these, so they live here, below every one of them
(`execute` writes the stops, `replay` and `verdicts` flag, `classroom` reads both):
no module of the sandbox needs another that needs it back.
"""

from __future__ import annotations

import nbformat

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
