"""No secret enters the learner's kernel: a hidden part only runs the checks again.

The hidden part of a test cell runs in the learner's own kernel, where a submission can
read it (its source is in the kernel's history) or take what it holds. So it holds nothing
the task statement does not already say: it repeats the visible checks on other inputs,
seeds or given networks, and builds no reference — no function, class or lambda of its
own, no model, no `ag.expect` of its own (the task's architecture is stated, visibly, with
`ag.architecture`). And the visible part decides: every check the hidden part calls is
also called in the visible part.
"""

from __future__ import annotations

import ast
import re

import harness
import pytest

ASSIGNMENTS = sorted(p.name for p in (harness.ROOT / "solutions").iterdir() if p.is_dir())
TASKS = [(a, t, task) for a in ASSIGNMENTS for t, task in harness.load(a).tasks.items()]
HIDDEN = re.compile(r"### BEGIN HIDDEN TESTS\n(.*?)### END HIDDEN TESTS", re.S)
MODEL_BUILDERS = re.compile(r"(^|\.)(Model|Sequential|clone_model|model_from_json|load_model)$")


def _calls(tree) -> list[str]:
    return [ast.unparse(n.func) for n in ast.walk(tree) if isinstance(n, ast.Call)]


@pytest.mark.parametrize(
    ("assignment", "task", "spec"), TASKS, ids=[f"{a}/{t}" for a, t, _ in TASKS]
)
def test_a_hidden_part_builds_no_reference(assignment, task, spec):
    for hidden in HIDDEN.findall(spec.tests):
        tree = ast.parse(hidden)
        defined = [
            type(n).__name__
            for n in ast.walk(tree)
            if isinstance(n, ast.FunctionDef | ast.ClassDef | ast.Lambda | ast.AsyncFunctionDef)
        ]
        assert not defined, f"the hidden part defines code of its own: {defined}"
        builders = [c for c in _calls(tree) if MODEL_BUILDERS.search(c)]
        assert not builders, f"the hidden part builds a model: {builders}"
        assert not [c for c in _calls(tree) if c.endswith("expect")], "ag.expect in hidden"


@pytest.mark.parametrize(
    ("assignment", "task", "spec"), TASKS, ids=[f"{a}/{t}" for a, t, _ in TASKS]
)
def test_every_hidden_check_is_also_a_visible_one(assignment, task, spec):
    visible = {c.rsplit(".", 1)[-1] for c in _calls(ast.parse(spec.visible_tests))}
    for hidden in HIDDEN.findall(spec.tests):
        checks = {
            c.rsplit(".", 1)[-1]
            for c in _calls(ast.parse(hidden))
            if c.rsplit(".", 1)[-1].startswith("check")
        }
        assert checks <= visible, f"checks only the hidden part runs: {checks - visible}"
