"""Feedback without hidden-test source, reference lines or huge outputs."""

from __future__ import annotations

import nbformat

from autograder.sandbox import secrets

SOURCE = nbformat.v4.new_notebook(
    cells=[
        nbformat.v4.new_code_cell(
            "def f():\n    ### BEGIN SOLUTION\n    return keras.layers.Dense(8, activation='relu')\n"
            "    ### END SOLUTION"
        ),
        nbformat.v4.new_code_cell(
            "ag.check(model)\n### BEGIN HIDDEN TESTS\nhead = ag.find_layer(model, kernel_shape=(16, 1))\n"
            "### END HIDDEN TESTS\nag.passed('T')"
        ),
    ]
)
RELEASE = nbformat.v4.new_notebook(
    cells=[nbformat.v4.new_code_cell("def f():\n    raise NotImplementedError()")]
)


def test_secret_lines_are_hidden_and_reference_lines_only():
    found = secrets.secret_lines(SOURCE, RELEASE)
    assert "head = ag.find_layer(model, kernel_shape=(16, 1))" in found
    assert "return keras.layers.Dense(8, activation='relu')" in found
    assert "ag.check(model)" not in found


def test_printed_secrets_are_withheld():
    found = secrets.secret_lines(SOURCE, RELEASE)
    text = "my output\n  head = ag.find_layer(model, kernel_shape=(16, 1))\nmore\n"
    assert secrets.redact_text(text, found) == f"my output\n{secrets.WITHHELD}\nmore\n"
    embedded = "x = 'return keras.layers.Dense(8, activation=\\'relu\\')'"
    assert "withheld" in secrets.redact_text(
        "return keras.layers.Dense(8, activation='relu') # mine", found
    )
    assert secrets.redact_text(embedded, set()) == embedded


def test_hidden_tests_cut_from_source():
    cut = secrets.without_hidden(SOURCE.cells[1].source)
    assert "find_layer" not in cut
    assert "ag.passed('T')" in cut and "hidden tests: not shown" in cut


def test_outputs_capped_with_a_note():
    cell = nbformat.v4.new_code_cell("print('x' * 10**6)")
    cell.outputs = [nbformat.v4.new_output("stream", name="stdout", text="x" * 10**6)]
    secrets.cap_outputs(cell, 100_000)
    assert sum(len(str(o)) for o in cell.outputs) < 101_000
    assert "output cut" in cell.outputs[-1]["text"]
