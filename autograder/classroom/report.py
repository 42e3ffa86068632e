"""The end of a class-grading run: the grades CSV and a summary."""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

from .ledger import Ledger
from .plan import Plan

COLUMNS = ["student_id", "status", "score", "max_score", "seconds_late", "detail"]


def scores(db_url: str, plan: Plan) -> tuple[dict[str, tuple[float, float]], float]:
    """Score and lateness of every submission in the gradebook, and the maximum."""
    from nbgrader.api import Gradebook, MissingEntry

    out = {}
    with Gradebook(db_url) as gradebook:
        max_score = gradebook.find_assignment(plan.assignment).max_score
        for submission in plan.submissions:
            try:
                found = gradebook.find_submission(plan.assignment, submission.student)
            except MissingEntry:
                continue
            out[submission.student] = (found.score, found.total_seconds_late)
    return out, max_score


def write_csv(plan: Plan, ledger: Ledger, db_url: str) -> Path:
    """grades/ASSIGNMENT/grades.csv: one row per submission, failures included."""
    found, max_score = scores(db_url, plan)
    path = plan.course / "grades" / plan.assignment / "grades.csv"
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", newline="") as handle:
        writer = csv.DictWriter(handle, COLUMNS)
        writer.writeheader()
        for submission in plan.submissions:
            entry = ledger.entries.get(submission.student, {"status": "not graded", "detail": ""})
            graded = entry.get("scored", entry["status"] == "graded")
            score, late = found.get(submission.student, (0.0, 0.0))
            writer.writerow(
                {
                    "student_id": submission.student,
                    "status": entry["status"],
                    "score": score if graded else 0.0,
                    "max_score": max_score,
                    "seconds_late": late,
                    "detail": entry["detail"],
                }
            )
    return path


def summary(ledger: Ledger, plan: Plan) -> str:
    counts = Counter(
        ledger.entries.get(s.student, {}).get("status", "not graded") for s in plan.submissions
    )
    parts = [f"{n} {status}" for status, n in sorted(counts.items())]
    return f"{plan.assignment}: {len(plan.submissions)} submissions — " + ", ".join(parts)
