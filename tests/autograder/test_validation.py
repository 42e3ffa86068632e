"""Validate reads ✗ first (autograder.validation): the check's message, then its cell."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import nbformat
import pytest
from nbgrader.validator import Validator

from autograder import validation

ROOT = Path(__file__).resolve().parents[2]
MESSAGE = (
    "\x1b[0;31m✗ Parameter count\n  Expected:     113 trainable parameters\n"
    "  Likely cause: the head sees 8 features, not 16: the branches were merged element-wise "
    "(Add, Average, ...) instead of concatenated, so the head reads half as many values.\x1b[0m"
)


@pytest.fixture
def nbgrader_says(monkeypatch):
    def fake(self, filename):
        return {"failed": [{"source": "x = 1\n<b>cell</b>", "error": "?", "raw_error": MESSAGE}]}

    monkeypatch.setitem(validation._ORIGINAL, "validate", fake)
    monkeypatch.setattr(Validator, "validate", validation.validate)


def test_the_message_comes_first_and_the_cell_after_it(nbgrader_says):
    (entry,) = Validator().validate("any.ipynb")["failed"]
    assert entry["source"].startswith("✗ Parameter count")  # what the dialog shows first
    assert "\x1b[" not in entry["source"]
    assert entry["raw_error"] == "x = 1\n<b>cell</b>"
    assert "<b>" not in entry["error"]  # the cell, escaped: the dialog renders it as HTML


def test_long_lines_wrap_under_their_text_and_are_never_cut():
    text = validation.wrapped(MESSAGE, width=60)
    words = " ".join(text.split())
    assert "(Add, Average, ...) instead of concatenated, so the head reads half as many" in words
    lines = text.splitlines()
    cause = next(i for i, line in enumerate(lines) if "Likely cause:" in line)
    column = lines[cause].index("the head")
    assert lines[cause + 1].index(lines[cause + 1].strip()) == column
    assert all(len(line) < 60 for line in lines)


@pytest.mark.slow
def test_nbgrader_validate_in_the_course_folder_says_the_check_first(tmp_path):
    """The real `nbgrader validate`, reading the course's nbgrader_config.py."""
    sys.path.insert(0, str(ROOT / "tests" / "grading"))
    import harness

    name = "01_concatenation"
    answers = {t: task.answer for t, task in harness.load(name).tasks.items()}
    wrong = next(v for v in harness.variants(name) if v.path.stem == "wrong_reverse_order")
    answers[wrong.task] = wrong.source
    notebook = tmp_path / f"{name}.ipynb"
    nbformat.write(harness.fill(name, answers), notebook)
    result = subprocess.run(
        [sys.executable, "-m", "nbgrader", "validate", str(notebook)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    out = result.stdout
    assert "VALIDATION FAILED ON 1 CELL(S)" in out, out + result.stderr
    assert out.index("A check failed:") < out.index("✗ ") < out.index("in this cell:")
    assert "The following cell failed" not in out
