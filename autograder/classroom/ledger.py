"""The record of a class-grading run: one entry per submission, written at once.

`grades/ASSIGNMENT/status.json` maps each student to the version of the
submission that was graded (its timestamp), the outcome and a detail. It is
rewritten atomically after every submission, so a run that is interrupted
(or killed) can be run again: what is recorded for the same version of a
submission is not graded again. A submission is marked "grading" before it
is handed to a worker, so one that was in flight when a run was interrupted
(with or without --force) is graded again by the next run; so is one whose
worker died for reasons of its own.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from .plan import Submission

# Outcomes that a later run grades again: unfinished, or not the submission's doing.
UNFINISHED = {"grading", "worker died", "error"}


class Ledger:
    def __init__(self, path: Path):
        self.path = path
        self.entries: dict[str, dict] = {}
        if path.is_file():
            self.entries = json.loads(path.read_text())

    def done(self, submission: Submission) -> bool:
        entry = self.entries.get(submission.student)
        return (
            entry is not None
            and entry["stamp"] == submission.stamp
            and entry["status"] not in UNFINISHED
        )

    def start(self, submission: Submission) -> None:
        """Mark a submission as being graded: not done, whatever was recorded before."""
        self.record(submission, "grading", "interrupted before its result was recorded", 0)

    def record(
        self,
        submission: Submission,
        status: str,
        detail: str,
        seconds: float,
        scored: bool | None = None,
    ) -> None:
        """Record an outcome; `scored`: the gradebook holds this submission's scores."""
        self.entries[submission.student] = {
            "stamp": submission.stamp,
            "status": status,
            "scored": status == "graded" if scored is None else scored,
            "detail": detail,
            "seconds": seconds,
        }
        self._write()

    def _write(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".status-")
        with os.fdopen(fd, "w") as handle:
            json.dump(self.entries, handle, indent=1, sort_keys=True)
        os.replace(tmp, self.path)
