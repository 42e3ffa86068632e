"""Topic 2's own checks and words (autograder/elementwise_merges.py): every entry of its
tables names a change the checks can really measure, and check_batch_axis fails exactly
when the examples of a batch are combined with each other."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import nbformat
import pytest

import autograder as ag

A = importlib.import_module("autograder.architecture")
E = ag.elementwise_merges
keras = ag.keras
L = keras.layers

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOK = ROOT / "solutions" / "02_elementwise_merges" / "02_elementwise_merges.ipynb"
TASKS = ("residual_block", "gated_merge", "averaging_ensemble")


def task_architecture(task: str):
    """The description the task's test cell states (read from the solution notebook)."""
    nb = nbformat.read(NOTEBOOK, as_version=4)
    (cell,) = [
        c for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade_id") == f"{task}_tests"
    ]
    (text,) = re.findall(r'ag\.architecture\("""(.*?)"""\)', cell.source, re.S)
    return ag.architecture(text)


@pytest.mark.parametrize("task", TASKS)
def test_every_note_names_a_change_of_the_tasks_description(task):
    keys = {mutation.key for _arch, mutation in A.mutations(task_architecture(task))}
    assert set(E.NOTES[task]) <= keys, set(E.NOTES[task]) - keys


@pytest.mark.parametrize("task", TASKS)
def test_every_known_misconception_is_another_architecture_with_the_same_layers(task):
    arch = task_architecture(task)
    for other, cause, next_step in E.KNOWN[task].values():
        assert other.outputs and other.shapes[other.outputs[0]] == arch.shapes[arch.outputs[0]]
        assert sorted(v[1] for v in other.layers().values()) == sorted(
            v[1] for v in arch.layers().values()
        )
        assert cause.endswith(".") and next_step.endswith(".")


def ensemble(merge):
    """Two members on one input, merged by `merge([a, b])`."""
    x = keras.Input((6,))
    a = L.Dense(4, activation="softmax")(L.Dense(5, activation="relu")(x))
    b = L.Dense(4, activation="softmax")(x)
    return keras.Model(x, merge([a, b]))


class BatchMean(keras.Model):
    """A subclassed model (no symbolic outputs) that averages its batch: caught on data."""

    def __init__(self):
        super().__init__()
        self.dense = L.Dense(4)

    def call(self, x):
        return keras.ops.mean(self.dense(x), axis=0, keepdims=True)


COMBINED = "combines the examples of a batch with each other"
JOINED = r"tensors were joined along the batch axis \(axis 0\): the output stacks the rows of 2"


@pytest.mark.parametrize(
    "make, pattern",
    [
        (lambda: ensemble(L.Average()), None),
        (lambda: ensemble(lambda t: keras.ops.mean(keras.ops.stack(t), axis=0)), None),
        (lambda: ensemble(lambda t: keras.ops.mean(keras.ops.stack(t), axis=1)), COMBINED),
        (lambda: ensemble(lambda t: keras.ops.sum(L.Concatenate(axis=0)(t), axis=0)), COMBINED),
        (lambda: ensemble(L.Concatenate(axis=0)), JOINED),  # symbolic (None, 4): seen on data
        (BatchMean, COMBINED),
    ],
    ids=[
        "Average",
        "mean over the members",
        "mean over the batch",
        "sum over axis 0",
        "joined along axis 0",
        "run",
    ],
)
def test_check_batch_axis(make, pattern):
    x = ag.fixed_inputs((6,), batch=16)
    model = make()
    if pattern is None:
        E.check_batch_axis(model, inputs=x, next_step="average the members.")
        return
    with pytest.raises(ag.CheckFailed) as failed:
        E.check_batch_axis(model, inputs=x, next_step="average the members.")
    message = str(failed.value)
    assert re.match(  # the course's one voice (tests/autograder/test_feedback.py)
        r"✗ The batch axis\n  Expected: {5}\S.*\n  Received: {5}\S.*\n"
        r"  Likely cause: \S.*\n  Next step: {4}\S",
        message,
    ), message
    assert re.search(pattern, message), message
    assert re.search(COMBINED if pattern == JOINED else JOINED, message) is None
    assert "average the members." in message
