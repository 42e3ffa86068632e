"""Feedback reads ✗ first: the Summary preprocessor's cell at the top of the feedback."""

from __future__ import annotations

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

from autograder.sandbox import pipeline
from autograder.sandbox.flags import kernel_died
from autograder.sandbox.summary import FENCE, Summary, said

FAILED = (
    "✗ Parameter count\n  Expected:     113 trainable parameters\n"
    "  Received:     105 trainable parameters (8 fewer)\n"
    "  Likely cause: the head sees 8 features, not 16.\n  Next step:    concatenate."
)


def graded_cell(grade_id, points, score, outputs):
    cell = new_code_cell("ag.check_counts(model, trainable=113)", outputs=outputs)
    cell.metadata["nbgrader"] = {
        "grade": True,
        "solution": False,
        "grade_id": grade_id,
        "points": points,
        "score": score,
    }
    return cell


def notebook():
    return new_notebook(
        cells=[
            new_markdown_cell("# Exercise 1"),
            graded_cell("two_branches_tests", 3, 3, [new_output("stream", text="✓ Task 1: ok\n")]),
            graded_cell(
                "inception_block_tests",
                3,
                0,
                [new_output("error", ename="CheckFailed", evalue=FAILED, traceback=[FAILED])],
            ),
            graded_cell(
                "tiled_metadata_tests",
                4,
                0,
                [new_output("error", ename="KeyboardInterrupt", evalue="", traceback=["..."])],
            ),
        ]
    )


def test_failures_come_first_with_their_whole_message():
    nb, _ = Summary().preprocess(notebook(), {})
    top = nb.cells[1]
    assert top.cell_type == "markdown" and top.metadata["ckl_summary"]
    text = top.source
    assert "2 of 3 checks failed" in text
    order = [text.index(name) for name in ("inception_block", "tiled_metadata", "two_branches")]
    assert order == sorted(order)  # failures first, in notebook order; passes after
    assert FAILED in text
    assert "✗ Time limit" in text and "Likely cause: a loop that never ends" in text
    assert "✓ Task 1: ok" in text


@pytest.mark.parametrize(
    "outputs, expected",
    [
        ([new_output("error", ename="CheckFailed", evalue=FAILED, traceback=[])], FAILED),
        (
            [new_output("error", ename="KernelStoppedAfterTimeout", evalue="this cell ran past")],
            "this cell ran past",
        ),
        (
            [new_output("error", ename="KernelDied", evalue=kernel_died())],
            kernel_died(),
        ),
        (
            [new_output("error", ename="NameError", evalue="name 'x' is not defined")],
            "✗ NameError: name 'x' is not defined",
        ),
        ([new_output("stream", text="hello\n✓ Task 2: done\n")], "✓ Task 2: done"),
        ([], "(no result line)"),
    ],
)
def test_what_a_cell_said(outputs, expected):
    assert said(graded_cell("t_tests", 1, 0, outputs)) == expected


def test_student_text_stays_inside_its_fence():
    """A message holding a fence of its own cannot close the block and become Markdown."""
    evil = f"✗ Output\n{FENCE}\n<img src=x onerror=alert(1)>\n# heading"
    nb = notebook()
    nb.cells[2].outputs[0].evalue = evil
    nb, _ = Summary().preprocess(nb, {})
    body = nb.cells[1].source
    assert body.count(FENCE) == 2 * 3  # one open and one close fence per check, no more


def test_it_runs_before_the_sanitiser_in_the_feedback_pipeline():
    names = [p.__name__ for p in pipeline.FEEDBACK]
    assert names.index("Redact") < names.index("Summary") < names.index("Sanitise")


def test_a_notebook_without_test_cells_is_left_as_it_is():
    nb = new_notebook(cells=[new_markdown_cell("# x")])
    assert Summary().preprocess(nbformat.from_dict(nb), {})[0].cells == nb.cells
