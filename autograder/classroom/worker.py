"""A grading worker: grades one submission at a time, as the pool tells it.

Started by `pool.Worker` as `python -m autograder.classroom.worker ...`. It
reads one JSON job per line on stdin (`{"student": "..."}`), grades it with
nbgrader's own autograde (its Python API), generates the feedback, and
answers with one line `@@ckl-grade@@ {json}` on stdout. Everything else it
prints is ignored by the pool.

Each worker caps the memory of what it starts (RLIMIT_DATA, inherited by the
kernels), so a submission that allocates without end gets a MemoryError in
its own cell instead of taking the machine down; and it ends itself and its
kernels if the pool that started it goes away.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import signal
import sys
import threading
import time
from pathlib import Path

PREFIX = "@@ckl-grade@@ "

# What nbgrader's log says -> the status recorded for the submission.
FAILURES = [
    ("DeadKernelError", "kernel died"),
    ("Kernel died", "kernel died"),
    ("NotJSONError", "invalid notebook"),
    ("database is locked", "database busy"),  # retried by the pool
]


def limit_memory(gigabytes: float) -> None:
    """Cap the data segment of this process and of every process it starts."""
    if gigabytes > 0:
        limit = int(gigabytes * 2**30)
        resource.setrlimit(resource.RLIMIT_DATA, (limit, limit))


def watch_parent() -> None:
    """End this worker's whole process group (its kernels too) if the pool dies."""
    parent = os.getppid()

    def watch():
        while True:
            time.sleep(0.5)
            if os.getppid() != parent:
                os.killpg(0, signal.SIGKILL)

    threading.Thread(target=watch, daemon=True).start()


def make_api(course: Path, db_url: str, cell_timeout: int):
    from nbgrader.apps.api import NbGraderAPI
    from nbgrader.coursedir import CourseDirectory
    from traitlets.config.loader import PyFileConfigLoader

    config = PyFileConfigLoader("nbgrader_config.py", path=str(course)).load_config()
    config.CourseDirectory.root = str(course)
    if db_url:
        config.CourseDirectory.db_url = db_url
    if cell_timeout:
        config.Execute.timeout = cell_timeout
    return NbGraderAPI(coursedir=CourseDirectory(config=config), config=config)


def cell_troubles(course: Path, assignment: str, student: str) -> list[str]:
    """Cells of the autograded notebooks that timed out or ran out of memory."""
    import nbformat

    found = []
    for path in sorted((course / "autograded" / student / assignment).glob("*.ipynb")):
        nb = nbformat.read(path, as_version=4)
        for cell in nb.cells:
            gid = cell.metadata.get("nbgrader", {}).get("grade_id", "?")
            for output in cell.get("outputs", []):
                if output.get("output_type") != "error":
                    continue
                text = f"{output.ename}: {output.evalue}"
                if output.ename == "CellTimeoutError":
                    found.append(f"{gid}: timed out")
                elif "MemoryError" in text:
                    found.append(f"{gid}: out of memory")
    return found


def reason(log: str) -> str:
    """The most telling line of a failed autograde's log: its last real error."""
    errors = [
        line.strip()
        for line in log.splitlines()
        if re.match(r"\s*[\w.]*(Error|Exception|Interrupt)\b.*:", line)
        and "NbGraderException" not in line
    ]
    if errors:
        return errors[-1][:400]
    lines = [line.strip() for line in log.splitlines() if line.strip()]
    return lines[-1][:400] if lines else "nbgrader gave no reason"


def grade(api, course: Path, assignment: str, student: str) -> dict:
    started = time.monotonic()
    result = api.autograde(assignment, student, force=True, create=True)
    log = (result.get("log") or "") + (result.get("error") or "")
    if result.get("success"):
        feedback = api.generate_feedback(assignment, student, force=True)
        detail = cell_troubles(course, assignment, student)
        if not feedback.get("success"):
            detail.append("feedback not generated")
        status, text = "graded", "; ".join(detail)
    else:
        status = next((s for marker, s in FAILURES if marker in log), "error")
        text = reason(log)
    return {
        "student": student,
        "status": status,
        "detail": text,
        "seconds": round(time.monotonic() - started, 2),
    }


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="ckl-grade worker (started by the pool)")
    parser.add_argument("--course", type=Path, required=True)
    parser.add_argument("--assignment", required=True)
    parser.add_argument("--db", default="")
    parser.add_argument("--cell-timeout", type=int, default=0)
    parser.add_argument("--memory-limit", type=float, default=0)
    args = parser.parse_args(argv)
    watch_parent()
    limit_memory(args.memory_limit)
    # nbgrader runs `alembic` (beside python in the environment) for the gradebook.
    os.environ["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), os.environ["PATH"]])
    api = make_api(args.course, args.db, args.cell_timeout)
    print(PREFIX + json.dumps({"ready": True}), flush=True)
    for line in sys.stdin:
        job = json.loads(line)
        try:
            answer = grade(api, args.course, args.assignment, job["student"])
        except Exception as exc:  # keep the worker alive; the pool records the failure
            answer = {"student": job["student"], "status": "error", "detail": repr(exc)[-400:]}
        print(PREFIX + json.dumps(answer), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
