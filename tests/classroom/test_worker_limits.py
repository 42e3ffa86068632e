"""A grading worker's own guards (issue 20): a private answer channel, escaped logs, a
notebook refused for its cell count, grader-side failures retried and never final."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import nbformat

from autograder.classroom import ledger, pool, worker


def _notebook(path: Path, cells: int) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("pass") for _ in range(cells)])
    nbformat.write(nb, path)


def test_a_notebook_with_far_more_cells_than_its_assignment_is_refused(tmp_path):
    _notebook(tmp_path / "source" / "a.ipynb", 12)
    _notebook(tmp_path / "ok" / "a.ipynb", 12 + 200)
    _notebook(tmp_path / "many" / "a.ipynb", 12 + 201)
    assert worker.too_many_cells(tmp_path / "ok", tmp_path / "source") == ""
    why = worker.too_many_cells(tmp_path / "many", tmp_path / "source")
    assert why.startswith("too many cells") and "213 cells" in why and "assignment 12" in why
    (tmp_path / "broken").mkdir()
    (tmp_path / "broken" / "a.ipynb").write_text("{ not json")
    assert worker.too_many_cells(tmp_path / "broken", tmp_path / "source") == ""  # nbgrader says


def test_grader_failures_are_retried_then_never_final():
    assert worker.GRADER_FAILURE in pool.RETRYABLE
    status, detail = pool.exhausted(worker.GRADER_FAILURE, "disk full")
    assert status in ledger.UNFINISHED and "graded again" in detail
    assert pool.exhausted("worker died", "x")[0] in ledger.UNFINISHED
    assert pool.exhausted("graded", "")[0] == "graded"


def test_what_the_worker_logs_is_escaped():
    out = io.StringIO()
    stream = worker.EscapedStream(out)
    stream.write("line one \x1b[2J\x07\nline two\r\x1b]0;title\x07\n")
    assert out.getvalue() == "line one \\x1b[2J\\x07\nline two\\x0d\\x1b]0;title\\x07\n"


def test_a_child_of_the_worker_cannot_write_its_answers(tmp_path):
    """The answer channel is a private descriptor: what the worker's children (a kernel, an
    nbgrader subprocess) write to fd 1 or 2 lands in the log, never among the answers."""
    code = (
        "import subprocess, sys\n"
        "from autograder.classroom import worker\n"
        "answers = worker.private_answers()\n"
        "subprocess.run([sys.executable, '-c', "
        '\'import os; os.write(1, b"@@ckl-grade@@ {\\\\"forged\\\\": 1}\\\\n")\'])\n'
        "print('@@ckl-grade@@ ' + '{\"real\": 1}', file=answers, flush=True)\n"
    )
    log = tmp_path / "log"
    with log.open("wb") as stderr:
        done = subprocess.run(
            [sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=stderr, timeout=60
        )
    lines = [json.loads(x.split(" ", 1)[1]) for x in done.stdout.decode().splitlines()]
    assert lines == [{"real": 1}]
    assert "forged" in log.read_text()  # the child's line went to the log
    assert os.path.getsize(log) < 1000
