"""What the instructor sees while a class is graded: current counts, who runs long, notices.

The grading itself is replaced by a stand-in (`pool.run`) that records outcomes the way
the pool does; everything else is ckl-grade's own: its progress bar on stderr, its
summary on stdout.
"""

from __future__ import annotations

import re
import shutil

import nbformat
import pytest
from conftest import ASSIGNMENT, ROOT

from autograder.classroom import cli, pool, preflight

FRAME = re.compile(r"(\d+)/(\d+) .*graded=(\d+), failed=(\d+), remaining=(\d+)")


@pytest.fixture
def course(tmp_path, monkeypatch):
    from autograder.sandbox import bwrap

    monkeypatch.setattr(bwrap, "probe", lambda: "")
    shutil.copy(ROOT / "nbgrader_config.py", tmp_path)
    shutil.copytree(ROOT / "solutions" / ASSIGNMENT, tmp_path / "solutions" / ASSIGNMENT)
    for student in ["ada", "bob", "cy"]:
        folder = tmp_path / "submitted" / student / ASSIGNMENT
        folder.mkdir(parents=True)
        nbformat.write(nbformat.v4.new_notebook(), folder / f"{ASSIGNMENT}.ipynb")
    copy = tmp_path / "submitted" / "dee" / ASSIGNMENT / f"{ASSIGNMENT}-Copy1.ipynb"
    copy.parent.mkdir(parents=True)
    nbformat.write(nbformat.v4.new_notebook(), copy)
    return tmp_path


def fake_run(plan, todo, ledger, settings, progress):
    """Grades as the pool reports: a notice from the first worker, ada runs long."""
    progress.notice(preflight.notice("cold: asked for (--cold)"))
    progress.notice(preflight.notice("cold: asked for (--cold)"))  # a second worker: once
    progress.running({"ada": 95.2, "bob": 3.0})
    for submission in todo:
        ledger.start(submission)
        status = "kernel died" if submission.student == "cy" else "graded"
        progress.running({"ada": 96.0} if submission.student == "bob" else {})
        ledger.record(submission, status, "", 1.0)
        progress.record(status)
    progress.running({})


def test_counts_are_current_and_a_long_submission_is_named(course, monkeypatch, capsys):
    monkeypatch.setattr(pool, "run", fake_run)
    assert cli.main([ASSIGNMENT, "--course", str(course), "--workers", "1"]) == 0
    out, err = capsys.readouterr()
    frames = [f for f in re.split(r"[\r\n]", err) if FRAME.search(f)]
    assert frames
    for frame in frames:  # every frame: the bar's count is the counts' sum, never a step behind
        done, total, graded, failed, remaining = map(int, FRAME.search(frame).groups())
        assert (done, remaining) == (graded + failed, total - done), frame
    # the misnamed notebook is counted as failed from the first frame
    assert "0/4" not in err and "1/4" in frames[0] and "failed=1" in frames[0]
    assert any("still grading ada (95 s)" in f for f in frames)
    assert "bob (3 s)" not in err  # named only past LONG_SECONDS
    assert "still grading" not in frames[-1]  # gone once it is recorded
    assert err.count("grading with cold kernels: asked for (--cold)") == 1
    # the summary names who needs attention, with the fix for the misnamed notebook, whole
    lines = out.splitlines()
    assert lines[0] == f"{ASSIGNMENT}: 4 submissions — 2 graded, 1 invalid notebook, 1 kernel died"
    dee = next(line for line in lines if line.startswith("  dee: invalid notebook"))
    assert "holds 01_concatenation-Copy1.ipynb instead" in dee
    assert dee.endswith(
        "rename it to 01_concatenation.ipynb in "
        "submitted/dee/01_concatenation/ and run ckl-grade again."
    )
    assert any(line.startswith("  cy: kernel died") for line in lines)


def test_a_renamed_notebook_is_graded_by_the_next_run(course, monkeypatch, capsys):
    """The fix the summary gives works: after the rename, the next run grades it (nbgrader
    collect's timestamp.txt is the same, the notebook is not)."""
    folder = course / "submitted" / "dee" / ASSIGNMENT
    (folder / "timestamp.txt").write_text("2026-12-05 10:00:00.000000 UTC")
    monkeypatch.setattr(pool, "run", fake_run)
    assert cli.main([ASSIGNMENT, "--course", str(course), "--no-progress"]) == 0
    graded = []
    monkeypatch.setattr(
        pool, "run", lambda plan, todo, *rest: graded.extend(s.student for s in todo)
    )
    assert cli.main([ASSIGNMENT, "--course", str(course), "--no-progress"]) == 0
    assert graded == []  # nothing new
    (folder / f"{ASSIGNMENT}-Copy1.ipynb").rename(folder / f"{ASSIGNMENT}.ipynb")
    assert cli.main([ASSIGNMENT, "--course", str(course), "--no-progress"]) == 0
    assert graded == ["dee"]


def test_running_names_the_longest_first_and_counts_the_rest():
    seen = []
    progress = pool.Progress(on_slow=seen.append)
    progress.running({"a": 31, "b\x1b[2J": 200, "c": 45, "d": 90, "e": 1})
    progress.running({"a": 31.4, "b\x1b[2J": 200.2, "c": 45, "d": 90, "e": 1})  # same text
    progress.running({})
    assert seen == ["still grading b\\x1b[2J (200 s), d (90 s) and 2 more", ""]
