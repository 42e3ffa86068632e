"""A grading worker: grades one submission at a time, as the pool tells it.

Started by `pool.Worker` as `python -m autograder.classroom.worker ...`. First it
checks its set-up (`preflight`: one kernel of the kind it grades with imports the
course's checks and runs one) and answers `{"ready": true, "kernels": ...}`, or
`{"setup": why}` and ends: then nothing is graded. It
reads one JSON job per line on stdin (`{"student": "..."}`), grades it with
nbgrader's own autograde (its Python API), generates the feedback, and
answers with one line `@@ckl-grade@@ {json}` on the standard output it was
started with. That descriptor is kept private: the worker's own fd 1 becomes its
log (stderr), so nothing it starts — a kernel, nbgrader's subprocesses — inherits
the answer channel. What it logs is escaped (`bwrap.printable`): a kernel's
control characters and terminal escapes never reach the log or a terminal.

Its temporary folder (TMPDIR, made by the pool) is, where Linux allows, a tmpfs
of 512 MB in a user and mount namespace of the worker's own (`nested.private_tmp`):
its template's spool, its kernels' scratch copies, records and sockets — the only
places on the grader's side a kernel can write — are capped there, so one
submission can fill only its own worker's folder, and the folder is gone with the
worker's last process however it ends.

A failure on the grader's side — a shared disk (the course's, or TMPDIR where it
is not private) nearly full while it graded, its warm template gone
(`execute.GRADER_FAILURES`) — is answered as "grader failure", never as the
student's score: the pool grades the submission again.

Every kernel it starts runs in the grading sandbox (`autograder.sandbox`,
configured in nbgrader_config.py), whose address-space cap makes a submission
that allocates without end get a MemoryError in its own cell instead of
taking the machine down. Each kernel is a fork of the worker's warm template,
which imported Keras once for all its submissions (cold with `--cold`). Without the sandbox (`--no-sandbox`), the worker caps
its own address space instead (inherited by its kernels). It ends itself and
its kernels if the pool that started it goes away.
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import re
import resource
import shutil
import signal
import sys
import tempfile
import threading
import time
from pathlib import Path

from ..sandbox import nested
from ..sandbox.bwrap import printable
from . import preflight

PREFIX = "@@ckl-grade@@ "

GRADER_FAILURE = "grader failure"  # retried by the pool; never the student's doing
LOW_SPACE = 64 * 2**20  # free bytes under which a file system counts as full
WATCH_SECONDS = 0.2

# What nbgrader's log says -> the status recorded for the submission.
FAILURES = [
    ("DeadKernelError", "kernel died"),
    ("Kernel died", "kernel died"),
    ("NotJSONError", "invalid notebook"),
    ("database is locked", "database busy"),  # retried by the pool
]


class EscapedStream:
    """A text stream that writes control characters and terminal escapes escaped; line
    breaks stay (one logged line per line)."""

    def __init__(self, stream) -> None:
        self.stream = stream

    def write(self, text: str) -> int:
        from ..sandbox.bwrap import printable

        lines = text.split("\n")
        self.stream.write("\n".join(printable(line, limit=20_000) for line in lines))
        return len(text)

    def flush(self) -> None:
        self.stream.flush()

    def __getattr__(self, name):
        return getattr(self.stream, name)


def private_answers():
    """The answer channel: a private copy of fd 1 (not inherited); fd 1 becomes stderr."""
    answers = os.fdopen(os.dup(1), "w", buffering=1)  # os.dup: not inheritable
    os.dup2(2, 1)
    sys.stdout = sys.stderr = EscapedStream(sys.stderr)
    return answers


class DiskWatch:
    """While a submission is graded, the least free space seen on the file systems that hold
    the grader's scratch and the course (sampled every WATCH_SECONDS)."""

    def __init__(self, paths) -> None:
        self.paths = [str(p) for p in paths]
        self.least = None
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)

    def _sample(self) -> None:
        for path in self.paths:
            try:
                free = shutil.disk_usage(path).free
            except OSError:
                continue
            self.least = free if self.least is None else min(self.least, free)

    def _watch(self) -> None:
        while not self._stop.wait(WATCH_SECONDS):
            self._sample()

    def __enter__(self):
        self._sample()
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()
        self._sample()

    def full(self) -> bool:
        return self.least is not None and self.least < LOW_SPACE


def limit_memory(gigabytes: float) -> None:
    """Cap the address space of this process and of every process it starts (no sandbox)."""
    if gigabytes > 0:
        limit = int(gigabytes * 2**30)
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def watch_parent() -> None:
    """End this worker's whole process group (its kernels too) if the pool dies."""
    parent = os.getppid()

    def watch():
        while True:
            time.sleep(0.5)
            if os.getppid() != parent:
                os.killpg(0, signal.SIGKILL)

    threading.Thread(target=watch, daemon=True).start()


def make_api(course: Path, db_url: str, cell_timeout: int, memory_limit: float = 0):
    from nbgrader.apps.api import NbGraderAPI
    from nbgrader.coursedir import CourseDirectory
    from traitlets.config.loader import PyFileConfigLoader

    config = PyFileConfigLoader("nbgrader_config.py", path=str(course)).load_config()
    config.CourseDirectory.root = str(course)
    if db_url:
        config.CourseDirectory.db_url = db_url
    if cell_timeout:
        config.Execute.timeout = cell_timeout
    config.SandboxedKernelManager.memory_gb = memory_limit
    return NbGraderAPI(coursedir=CourseDirectory(config=config), config=config)


def cell_troubles(course: Path, assignment: str, student: str) -> tuple[str, list[str]]:
    """The status of a graded submission, and its cells that timed out, ran out of
    memory, stopped the kernel or were flagged for review."""
    import nbformat

    from ..sandbox.execute import STOPPED
    from ..sandbox.replay import UNCHECKED_MARK
    from ..sandbox.verdicts import FLAGGED

    status, found = "graded", []
    for path in sorted((course / "autograded" / student / assignment).glob("*.ipynb")):
        nb = nbformat.read(path, as_version=4)
        for cell in nb.cells:
            gid = cell.metadata.get("nbgrader", {}).get("grade_id", "?")
            for output in cell.get("outputs", []):
                if output.get("output_type") == "stream" and UNCHECKED_MARK in output.get(
                    "text", ""
                ):
                    found.append(f"{gid}: passed on the kernel's checks alone (not re-checked)")
                if output.get("output_type") != "error":
                    continue
                text = f"{output.ename}: {output.evalue}"
                if output.ename == FLAGGED:
                    status = "flagged"
                    found.append(f"{gid}: {output.evalue}")
                elif output.ename == STOPPED["died"]:
                    status = "kernel died" if status == "graded" else status
                    found.append(f"{gid}: the kernel died (cells after it not run)")
                elif output.ename == STOPPED["timeout"]:
                    found.append(
                        f"{gid}: timed out, ignored the interrupt (cells after it not run)"
                    )
                elif output.ename == STOPPED["too many cells"]:
                    received = re.search(r"Received:\s+(.*)", output.evalue)
                    found.append(
                        f"{gid}: not run: too many cells "
                        f"({received[1] if received else output.evalue})"
                    )
                elif output.ename == "CellTimeoutError":
                    found.append(f"{gid}: timed out")
                elif "MemoryError" in text:
                    found.append(f"{gid}: out of memory")
    return status, list(dict.fromkeys(found))


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


def grader_failure(watch: DiskWatch) -> str:
    """Why this grading cannot be trusted for reasons of the grader's own, or ''."""
    from ..sandbox import execute

    found = list(execute.GRADER_FAILURES)
    execute.GRADER_FAILURES.clear()
    if watch.full():
        found.append(f"a disk of the grader was nearly full ({watch.least // 2**20} MB free)")
    return "; ".join(found)


SHARED: list[Path] = []  # file systems this worker shares with others (DiskWatch)


def _cells(path: Path) -> int | None:
    try:
        cells = json.loads(path.read_bytes()).get("cells")
    except (OSError, ValueError, AttributeError):
        return None
    return len(cells) if isinstance(cells, list) else None


def too_many_cells(submitted: Path, source: Path) -> str:
    """Why the submission is not graded at all, or '': a notebook with far more cells than
    its assignment's (counted from the JSON, before nbgrader parses and validates it, which
    takes minutes for 100,000 cells) is a clear error of the student's. `submitted` and
    `source`: the submission's folder and the assignment's."""
    from ..sandbox.execute import CELLS_WITHOUT_ASSIGNMENT, SandboxedExecute

    extra = SandboxedExecute.extra_cells.default_value
    for path in sorted(submitted.glob("*.ipynb")):
        cells = _cells(path)
        expected = _cells(source / path.name)
        expected = CELLS_WITHOUT_ASSIGNMENT if expected is None else expected
        if cells is not None and cells > expected + extra:
            return (
                f"too many cells: {path.name} has {cells:,} cells and its assignment "
                f"{expected}; a submission may add at most {extra}"
            )
    return ""


def grade(api, course: Path, assignment: str, student: str) -> dict:
    from ..sandbox import execute

    started = time.monotonic()
    coursedir = api.coursedir
    refused = too_many_cells(
        Path(coursedir.format_path(coursedir.submitted_directory, student, assignment)),
        Path(coursedir.format_path(coursedir.source_directory, ".", assignment)),
    )
    if refused:
        return {
            "student": student,
            "status": "invalid notebook",
            "scored": False,
            "detail": printable(refused),
            "seconds": round(time.monotonic() - started, 2),
        }
    # nbgrader treats the student id as a glob pattern: escape it, so that `a*` is graded
    # as exactly the student `a*` (nbgrader reads the real id back from the folder's name)
    pattern = glob.escape(student)
    execute.GRADER_FAILURES.clear()
    with DiskWatch([course, *SHARED]) as watch:
        result = api.autograde(assignment, pattern, force=True, create=True)
        scored = bool(result.get("success"))
        feedback = api.generate_feedback(assignment, pattern, force=True) if scored else {}
    log = (result.get("log") or "") + (result.get("error") or "")
    failure = grader_failure(watch)
    if failure:
        return {
            "student": student,
            "status": GRADER_FAILURE,
            "scored": False,
            "detail": printable(f"not the submission's doing, graded again: {failure}"),
            "seconds": round(time.monotonic() - started, 2),
        }
    if scored:
        status, detail = cell_troubles(course, assignment, student)
        if not feedback.get("success"):
            detail.append("feedback not generated")
        text = "; ".join(detail)
    else:
        status = next((s for marker, s in FAILURES if marker in log), "error")
        text = reason(log)
    return {
        "student": student,
        "status": status,
        "scored": scored,  # the gradebook holds this submission's scores
        "detail": printable(text),
        "seconds": round(time.monotonic() - started, 2),
    }


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="ckl-grade worker (started by the pool)")
    parser.add_argument("--course", type=Path, required=True)
    parser.add_argument("--assignment", required=True)
    parser.add_argument("--db", default="")
    parser.add_argument("--cell-timeout", type=int, default=0)
    parser.add_argument("--memory-limit", type=float, default=0)
    parser.add_argument("--no-sandbox", action="store_true")
    parser.add_argument("--cold", action="store_true", help="no warm kernels")
    args = parser.parse_args(argv)
    # first, while this process has one thread: its own capped TMPDIR (else TMPDIR is shared)
    private = nested.private_tmp() if os.environ.get("CKL_PRIVATE_TMP", "1") != "0" else "off"
    if private:
        SHARED.append(Path(tempfile.gettempdir()))
    answers = private_answers()
    watch_parent()
    if private and private != "off":
        print(f"ckl-grade worker: {private}", file=sys.stderr, flush=True)
    if not args.no_sandbox:
        from ..sandbox import bwrap

        print(f"ckl-grade worker: {bwrap.limits()}", file=sys.stderr, flush=True)
    if args.cold:
        os.environ["CKL_COLD"] = "1"  # read by the sandbox's Execute (autograder.sandbox.warm)
    if args.no_sandbox:
        os.environ["CKL_NO_SANDBOX"] = "1"
        limit_memory(args.memory_limit)
    # nbgrader runs `alembic` (beside python in the environment) for the gradebook.
    os.environ["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), os.environ["PATH"]])
    api = make_api(args.course, args.db, args.cell_timeout, args.memory_limit)
    # before the first submission: one kernel of the kind that will grade imports the checks
    started = time.monotonic()
    try:
        outcome = preflight.check(api.config, args.course, args.memory_limit)
    except Exception as exc:  # the check's own failure: nothing can be trusted to grade
        outcome = preflight.Outcome(f"the set-up check could not run: {exc!r}"[:800], "unknown")
    seconds = time.monotonic() - started
    print(
        f"ckl-grade worker: kernels: {outcome.kernels} (set-up check: {seconds:.1f} s)",
        file=sys.stderr,
        flush=True,
    )
    print(PREFIX + preflight.answer(outcome), file=answers, flush=True)
    if outcome.problem:
        print(f"ckl-grade worker: set-up check failed: {outcome.problem}", file=sys.stderr)
        return 2
    for line in sys.stdin:
        job = json.loads(line)
        try:
            answer = grade(api, args.course, args.assignment, job["student"])
        except Exception as exc:  # the grader's own failure (nbgrader catches the student's)
            detail = printable(f"not the submission's doing, graded again: {exc!r}"[-400:])
            answer = {"student": job["student"], "status": GRADER_FAILURE, "detail": detail}
        print(PREFIX + json.dumps(answer), file=answers, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
