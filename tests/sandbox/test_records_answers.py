"""No honest answer's record is taken for a decoy.

For every task whose test cell builds a model the verifier re-checks (`ag.build(fn)`),
the reference and every alternative answer (`tests/grading/answers/*/alt_*.py`) are
built as a notebook would build them, saved as the kernel saves a record, and loaded
by the verifier: a model it cannot load (a class or a function of the answer's own)
must be made of what the answer's function uses (`replay._not_its_own` says nothing);
a model that cannot be saved at all must come from a function that reaches a class of
the answer's own (or a Lambda).
"""

from __future__ import annotations

import sys
from pathlib import Path

import nbformat
import pytest

from autograder.sandbox import replay, replay_worker

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "grading"))
import harness

pytestmark = pytest.mark.slow


def _cases():
    for name in sorted(p.name for p in (harness.ROOT / "solutions").iterdir() if p.is_dir()):
        assignment = harness.load(name)
        passing = {}
        for variant in harness.variants(name):
            if variant.passes:
                passing.setdefault(variant.task, []).append((variant.path.stem, variant.source))
        for task, spec in assignment.tasks.items():
            functions = replay.built_functions(spec.tests)
            if len(functions) != 1:
                continue  # not re-checked from a record of one built model
            for label, source in [("reference", spec.answer), *passing.get(task, [])]:
                yield pytest.param(name, functions[0], source, id=f"{name}-{task}-{label}")


def _notebook(source: str):
    cell = nbformat.v4.new_code_cell(source)
    cell.metadata["nbgrader"] = {"solution": True, "locked": False, "grade_id": "answer"}
    return nbformat.v4.new_notebook(cells=[cell])


@pytest.mark.parametrize(("name", "function", "source"), list(_cases()))
def test_an_honest_record_is_its_own(name, function, source, tmp_path):
    assignment = harness.load(name)
    namespace: dict = {"__name__": "__main__"}
    for i, setup in enumerate(assignment.setup):
        harness._run_cell(setup, f"<cell setup {i}>", namespace)
    harness._run_cell(source, "<cell answer>", namespace)
    model = namespace[function]()
    path = str(tmp_path / "1.keras")
    notebook = _notebook(source)
    try:
        model.save(path)
    except Exception:  # the kernel records "cannot be saved" (.json): believed only when
        # the function reaches a class of the answer's own, or a Lambda
        uses = replay.reachable(notebook, function)
        assert uses & (replay.learner_classes(notebook) | {"Lambda"})
        return
    try:
        replay_worker.load(path)
    except replay_worker.Unverifiable as exc:
        answer = {"classes": exc.classes, "unreadable": False, "reason": str(exc), "record": 0}
        assert replay._not_its_own(notebook, answer, [function]) == ""
