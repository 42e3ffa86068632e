"""Outside the kernel, the replay agrees with the checks on every answer of the catalogue.

Grading recomputes, in a process that runs no student code, the verdict of
every test cell whose model could be saved (autograder.sandbox.replay). A
false "refuted" would flag an honest student, a false "confirmed" would let
a forged pass through. Here every answer of every task is graded in process
as the harness does, the models its test cell received are saved as the
grading kernel saves them, and the replay must agree: the reference and every
alternative confirmed (or not recomputable: custom layers, a Lambda, a
function given arguments), every wrong answer refuted (or not recomputable).
"""

from __future__ import annotations

from functools import cache

import harness
import pytest

from autograder.sandbox import replay, replay_worker

ASSIGNMENTS = sorted(p.name for p in (harness.ROOT / "solutions").iterdir() if p.is_dir())
# only tasks whose test cell builds the model from nothing (ag.build(fn)) are replayed
REPLAYED = {
    (a, t)
    for a in ASSIGNMENTS
    for t, task in harness.load(a).tasks.items()
    if replay.builds(task.tests)
}
CASES = [
    (a, t, "reference", task.answer, True)
    for a in ASSIGNMENTS
    for t, task in harness.load(a).tasks.items()
    if (a, t) in REPLAYED
] + [
    (v.assignment, v.task, v.path.stem, v.source, v.passes)
    for a in ASSIGNMENTS
    for v in harness.variants(a)
    if (v.assignment, v.task) in REPLAYED
]


@cache
def grader(assignment: str) -> harness.Grader:
    return harness.Grader(harness.load(assignment))


@pytest.mark.slow
@pytest.mark.parametrize(
    ("assignment", "task", "name", "answer", "passes"),
    CASES,
    ids=[f"{a}/{t}/{n}" for a, t, n, _, _ in CASES],
)
def test_replay_agrees(assignment, task, name, answer, passes, tmp_path, monkeypatch):
    g = grader(assignment)
    tests = g.assignment.tasks[task].tests
    monkeypatch.setenv("CKL_RECORD_DIR", str(tmp_path))
    outcome = g.grade(task, answer)
    assert (outcome.points == outcome.max_points) == passes, outcome.message
    saved = sorted(tmp_path.iterdir(), key=lambda p: int(p.stem.rsplit(".", 1)[1]))
    if not saved or "not written yet" in outcome.message:
        return  # failed before a model existed: nothing to recompute
    if any(p.suffix == ".json" for p in saved):
        return  # not saveable (custom class, Lambda): the kernel's checks stand
    job = {"setup": g.assignment.setup, "test": tests, "models": [str(p) for p in saved]}
    verdict = replay_worker.replay(job)
    if verdict["verdict"] == "unverifiable":
        return
    assert verdict["verdict"] == ("confirmed" if passes else "refuted"), verdict


@pytest.mark.slow
@pytest.mark.parametrize("assignment", ["01_concatenation", "02_elementwise_merges"])
def test_models_of_built_in_layers_are_recomputed(assignment, tmp_path, monkeypatch):
    """The first two topics build models of built-in layers: every reference is confirmed."""
    g = grader(assignment)
    for task, spec in g.assignment.tasks.items():
        folder = tmp_path / task
        folder.mkdir()
        monkeypatch.setenv("CKL_RECORD_DIR", str(folder))
        assert g.grade(task, spec.answer).message == ""
        models = [str(p) for p in sorted(folder.iterdir())]
        job = {"setup": g.assignment.setup, "test": spec.tests, "models": models}
        assert replay_worker.replay(job) == {"verdict": "confirmed"}, task
