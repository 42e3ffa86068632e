"""An activation changed anywhere the learner builds a layer fails its task, whatever the seed.

Output checks run on weights the check chooses (`ag.chosen_weights(model, inputs=x)`),
with every Dense/Conv bias centred so that its pre-activations on the check's inputs
take both signs. So a ReLU where the task asks for none, or none where it asks for a
ReLU, a sigmoid or a softmax, changes the output on every task whose test cell
compares outputs: on the output layer and in the branches alike, under any seed.

Each case takes the reference answer, and after the learner's function returns its
model, flips the activation of one of the Dense/Conv layers the function made itself
(never one of the models it was given): linear becomes ReLU, anything else linear.
It runs after an earlier cell drew from the random generators with several seeds,
so the layers' initial weights, and the random values the check chooses for them,
differ from run to run.
"""

from __future__ import annotations

import re
from functools import cache

import harness
import pytest

import autograder as ag

keras = ag.keras

ASSIGNMENTS = sorted(p.name for p in (harness.ROOT / "solutions").iterdir() if p.is_dir())
SEEDS = (0, 1, 2)


def _tasks():
    for assignment in ASSIGNMENTS:
        for name, task in harness.load(assignment).tasks.items():
            # outputs of the task's architecture on the learner's weights (chosen by the
            # check), outputs on chosen weights, or (topic 6) against the original model's
            checks = ("check_architecture(", "chosen_weights(", "check_same_function(")
            if any(check in task.tests for check in checks):
                yield assignment, name


TASKS = list(_tasks())
FLIPPED: list = []  # what the last flip changed: (layer name, before, after)


def _leaves(obj) -> list:
    layers = obj._flatten_layers(include_self=True, recursive=True)
    return [layer for layer in layers if not list(layer._flatten_layers(include_self=False))]


def _flippable(layer) -> bool:
    from keras.src.layers.convolutional.base_conv import BaseConv

    return isinstance(layer, keras.layers.Dense | BaseConv)


def flipped(fn, index: int):
    """`fn`, whose returned model has the activation of its `index`-th own layer flipped."""

    def wrapper(*args, **kwargs):
        model = fn(*args, **kwargs)
        given = {id(layer) for a in args if hasattr(a, "_flatten_layers") for layer in _leaves(a)}
        own = [layer for layer in _leaves(model) if _flippable(layer) and id(layer) not in given]
        FLIPPED[:] = [len(own)]
        if index < len(own):
            layer = own[index]
            before = layer.activation
            linear = before is keras.activations.linear
            layer.activation = keras.activations.relu if linear else keras.activations.linear
            FLIPPED.append((layer.name, before.__name__, layer.activation.__name__))
        return model

    return wrapper


@cache
def grader(assignment: str) -> harness.Grader:
    return harness.Grader(harness.load(assignment))


def _function_name(task) -> str:
    defined = re.findall(r"^def (\w+)\(", task.answer, re.M)
    (name,) = [n for n in defined if re.search(rf"\b{n}\b", task.tests)][:1]
    return name


def _grade(assignment, task_name, seed, index, visible_only=False):
    task = grader(assignment).assignment.tasks[task_name]
    name = _function_name(task)
    source = (
        f"keras.utils.set_random_seed({seed})\nnp.random.seed({seed})\n"
        + task.answer
        + f"\nfrom test_activations_exposed import flipped as _flipped\n"
        f"{name} = _flipped({name}, {index})\n"
    )
    return grader(assignment).grade(task_name, source, visible_only=visible_only)


@pytest.mark.parametrize("visible_only", [False, True], ids=["full", "visible"])
@pytest.mark.parametrize(("assignment", "task"), TASKS, ids=[f"{a}/{t}" for a, t in TASKS])
def test_a_flipped_activation_fails_under_every_seed(assignment, task, visible_only):
    """With the full test cell, and with the visible part alone (the learner's self-check)."""
    unflipped = _grade(assignment, task, SEEDS[0], index=10**6, visible_only=visible_only)
    assert unflipped.points == unflipped.max_points, unflipped.message
    count = FLIPPED[0]
    assert count >= 1, "the task's function makes no Dense/Conv layer of its own"
    passed = []
    for seed in SEEDS:
        for index in range(count):
            outcome = _grade(assignment, task, seed, index, visible_only)
            if outcome.points:
                passed.append((seed, FLIPPED[1:]))
    assert not passed, f"a flipped activation scored full marks: {passed}"
