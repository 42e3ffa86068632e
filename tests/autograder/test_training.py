"""autograder.training: what one optimizer step changes, checked by object identity."""

from __future__ import annotations

import numpy as np
import pytest

import autograder as ag
from autograder.training import check_frozen, check_moves, one_step

keras = ag.keras
X = np.linspace(-1, 1, 12, dtype="float32").reshape(4, 3)
Y = np.ones((4, 1), "float32")


def base_and_head(freeze=None):
    """Input(3) -> base Dense(4) -> head Dense(1); `freeze` says when the base is frozen."""
    inputs = keras.Input((3,))
    base, head = keras.layers.Dense(4), keras.layers.Dense(1)
    model = keras.Model(inputs, head(base(inputs)))
    if freeze == "before compile":
        base.trainable = False
        model.compile(optimizer="sgd", loss="mse")
    elif freeze == "after compile":
        model.compile(optimizer="sgd", loss="mse")
        base.trainable = False
    elif freeze in ("after fit", "after fit, recompiled"):
        model.compile(optimizer="sgd", loss="mse")
        model.fit(X, Y, verbose=0)
        base.trainable = False
        if freeze == "after fit, recompiled":
            model.compile(optimizer="sgd", loss="mse")
    return model, base, head


# when the base is frozen -> does one step (through fit) leave it alone?
FREEZING = [
    (None, False),
    ("before compile", True),
    ("after compile", True),  # DESIGN.md: frozen before the first fit works
    ("after fit", False),  # DESIGN.md: the traced step still updates the base
    ("after fit, recompiled", True),
]


@pytest.mark.parametrize(("freeze", "stays"), FREEZING, ids=[str(f) for f, _ in FREEZING])
def test_one_step_sees_what_fit_would_do(freeze, stays):
    model, base, head = base_and_head(freeze)
    step = one_step(model, X, Y)
    assert step.all_still(base) is stays
    assert step.did_move(head)
    if stays:
        check_frozen(step, base, what="the base")
    else:
        with pytest.raises(
            ag.CheckFailed,
            match=r"(?s)the base after one training step.*"
            r"Received: +2 of its 2 variables changed.*compile again",
        ):
            check_frozen(step, base, what="the base")


def test_check_moves_fails_on_a_frozen_part():
    model, base, head = base_and_head("before compile")
    step = one_step(model, X, Y)
    check_moves(step, head, what="the head")
    with pytest.raises(ag.CheckFailed, match=r"Received: +no change"):
        check_moves(step, base, what="the base")


def test_shared_layer_moves_as_one_and_copies_drift_apart():
    a, b = keras.Input((3,)), keras.Input((3,))
    shared = keras.layers.Dense(2)
    left, right = keras.layers.Dense(2), keras.layers.Dense(2)
    out_shared = keras.layers.Concatenate()([shared(a), shared(b)])
    out_copied = keras.layers.Concatenate()([left(a), right(b)])
    right.set_weights(left.get_weights())
    x = [X, -X]
    y = np.ones((4, 4), "float32")
    shared_step = one_step(keras.Model([a, b], out_shared), x, y)
    assert shared_step.did_move(shared) and len(shared_step.moved) == 2  # one kernel, one bias
    step = one_step(keras.Model([a, b], out_copied), x, y)
    assert step.did_move(left) and step.did_move(right)
    assert not np.allclose(left.kernel.numpy(), right.kernel.numpy())


def test_a_model_that_cannot_train_gets_feedback():
    model, _, _ = base_and_head()
    with pytest.raises(ag.CheckFailed) as info:
        one_step(model, X, np.ones((3, 1), "float32"), use_compiled=False)
    for label in ("Expected:", "Received:", "Likely cause:", "Next step:"):
        assert label in str(info.value)
