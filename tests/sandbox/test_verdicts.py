"""Verdicts: stderr becomes a note, a pass needs its pass line, tampering is flagged."""

from __future__ import annotations

import nbformat
import pytest

from autograder.sandbox import verdicts


def grade_cell(source, outputs, grade=True):
    cell = nbformat.v4.new_code_cell(source)
    cell.metadata["nbgrader"] = {"grade": grade, "grade_id": "t_tests", "points": 1}
    cell.outputs = [nbformat.NotebookNode(o) for o in outputs]
    return cell


def stream(text, name="stdout"):
    return {"output_type": "stream", "name": name, "text": text}


def error(ename, evalue=""):
    return {"output_type": "error", "ename": ename, "evalue": evalue, "traceback": []}


@pytest.mark.parametrize(
    ("source", "titles"),
    [
        ('ag.passed("Task 1: two")', ["Task 1: two"]),
        ("x = 1\nag.passed('A')\npassed('B')", ["A", "B"]),
        ("ag.passed(title)", []),  # not a literal: nothing to require
        ("ag.passed(", []),  # not Python
    ],
)
def test_pass_titles(source, titles):
    assert verdicts.pass_titles(source) == titles


@pytest.mark.parametrize(
    ("outputs", "flagged", "reason"),
    [
        ([stream("✓ Task 1\n")], False, ""),
        ([stream("note\n✓ Task 1\n")], False, ""),
        ([], True, "without its result line"),
        ([stream("✓ Task 2\n")], True, "without its result line"),
        ([stream("✓ Task 1", name="stderr")], True, "without its result line"),
        # another thread's print around the pass line (print writes "\n" apart)
        ([stream("✓ Task 1"), stream("tick\n\n")], False, ""),
        ([stream("✓ Task 1tick\n\n")], False, ""),
        ([stream("tick✓ Task 1\n")], False, ""),
        ([stream("tick\r✓ Task 1\n")], False, ""),
        ([stream("✓ Task\n"), stream(" 1\n")], True, "without its result line"),
        ([stream("✓ Task 1", name="stderr"), stream("ok\n")], True, "without its result line"),
        ([error("CheckFailed")], False, ""),  # a failure stays a failure
        ([error("TamperingDetected", "numpy.allclose")], True, "tampered with"),
    ],
)
def test_pass_line_and_tampering(outputs, flagged, reason):
    cell = grade_cell('ag.passed("Task 1")', outputs)
    resources = {}
    verdicts.Verdicts().preprocess_cell(cell, resources, 0)
    assert (verdicts.FLAGGED in [o.get("ename") for o in cell.outputs]) == flagged
    if flagged:
        assert reason in resources["ckl_flags"]["t_tests"]


def test_stderr_becomes_a_note_and_costs_nothing():
    cell = grade_cell('ag.passed("T")', [stream("debug 1\n", "stderr"), stream("✓ T\n")])
    verdicts.Verdicts().preprocess_cell(cell, {}, 0)
    assert [o["name"] for o in cell.outputs] == ["stdout", "stdout"]
    assert cell.outputs[0]["text"] == "Note (stderr): debug 1\n"
    from nbgrader.utils import determine_grade

    assert determine_grade(cell) == (1.0, 1.0)


def test_a_student_id_with_a_star_finds_only_its_own_notebook(tmp_path):
    """nbgrader globs the folder it found again: `star*/` would take `starling/`'s notebook."""
    import glob as globbing
    import logging

    from nbgrader.converters.base import BaseConverter
    from nbgrader.coursedir import CourseDirectory

    for student in ("star*", "starling", "[ab]*", "a"):
        folder = tmp_path / "submitted" / student / "hw"
        folder.mkdir(parents=True)
        (folder / "hw.ipynb").write_text("{}")
    assert BaseConverter.init_notebooks is verdicts._init_notebooks_exactly

    class Probe(BaseConverter):
        _input_directory = "submitted"
        log = logging.getLogger("test")

    for student in ("star*", "[ab]*", "a"):
        converter = Probe.__new__(Probe)
        converter.coursedir = CourseDirectory(root=str(tmp_path))
        converter.coursedir.assignment_id = "hw"
        converter.coursedir.student_id = globbing.escape(student)
        converter.init_notebooks()
        assert converter.assignments == {
            str(tmp_path / "submitted" / student / "hw"): [
                str(tmp_path / "submitted" / student / "hw" / "hw.ipynb")
            ]
        }
