"""The record of a class-grading run: one entry per submission, written at once.

`grades/ASSIGNMENT/status.json` maps each student to the version of the
submission that was graded (its timestamp), the outcome and a detail. It is
rewritten atomically after every submission, so a run that is interrupted
(or killed) can be run again: what is recorded for the same version of a
submission is not graded again.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from .plan import Submission


class Ledger:
    def __init__(self, path: Path):
        self.path = path
        self.entries: dict[str, dict] = {}
        if path.is_file():
            self.entries = json.loads(path.read_text())

    def done(self, submission: Submission) -> bool:
        entry = self.entries.get(submission.student)
        return entry is not None and entry["stamp"] == submission.stamp

    def record(self, submission: Submission, status: str, detail: str, seconds: float) -> None:
        self.entries[submission.student] = {
            "stamp": submission.stamp,
            "status": status,
            "detail": detail,
            "seconds": seconds,
        }
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".status-")
        with os.fdopen(fd, "w") as handle:
            json.dump(self.entries, handle, indent=1, sort_keys=True)
        os.replace(tmp, self.path)
