"""Small models shared by the autograder's tests, built once per session.

`zoo.<name>` builds a model (or a few layers) the first time it is asked for
and keeps it; tests must not change what they get (a test that trains, builds
or freezes something builds its own). Checks only read models, so sharing is
safe and keeps the whole fast suite to a few seconds past the Keras import.
"""

from __future__ import annotations

import functools
import importlib.util
import re
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

ROOT = Path(__file__).resolve().parents[2]
if (
    importlib.util.find_spec("autograder") is None
):  # `pytest`, not `python -m pytest`, not installed
    sys.path.insert(0, str(ROOT))

import autograder as ag  # noqa: E402

keras = ag.keras
layers = keras.layers


def _tower(name, width=4, units=3):
    """A small Sequential 'tower': Input(width) -> Dense(units, relu)."""
    return keras.Sequential(
        [keras.Input((width,)), layers.Dense(units, activation="relu")], name=name
    )


class Zoo:
    """Lazily built models; see the module docstring."""

    @functools.cached_property
    def shared_branches(self):
        """One Dense(32) instance called on two inputs of width 32; the outputs concatenated."""
        a, b = keras.Input((32,), name="left"), keras.Input((32,), name="right")
        dense = layers.Dense(32)
        out = layers.Concatenate()([dense(a), dense(b)])
        return SimpleNamespace(
            model=keras.Model([a, b], out), left=dense, right=dense, params=32 * 32 + 32
        )

    @functools.cached_property
    def separate_branches(self):
        """Two Dense(32) instances, one per input: twice the shared model's parameters."""
        a, b = keras.Input((32,)), keras.Input((32,))
        left, right = layers.Dense(32), layers.Dense(32)
        out = layers.Concatenate()([left(a), right(b)])
        return SimpleNamespace(model=keras.Model([a, b], out), left=left, right=right)

    @functools.cached_property
    def copied_branches(self):
        """Two Dense instances, the second given the first's values with set_weights."""
        a, b = keras.Input((4,)), keras.Input((4,))
        left, right = layers.Dense(3), layers.Dense(3)
        out = layers.Concatenate()([left(a), right(b)])
        right.set_weights(left.get_weights())
        return SimpleNamespace(model=keras.Model([a, b], out), left=left, right=right)

    @functools.cached_property
    def with_head(self):
        """DESIGN.md's example: shared Dense(63 -> 10) and a 10-parameter head, 650 in all."""
        a, b = keras.Input((63,)), keras.Input((63,))
        dense = layers.Dense(10)
        out = layers.Dense(1, use_bias=False)(layers.Add()([dense(a), dense(b)]))
        return keras.Model([a, b], out)

    @functools.cached_property
    def with_head_separate(self):
        """The same with one Dense per branch: 1,290 parameters."""
        a, b = keras.Input((63,)), keras.Input((63,))
        out = layers.Dense(1, use_bias=False)(
            layers.Add()([layers.Dense(10)(a), layers.Dense(10)(b)])
        )
        return keras.Model([a, b], out)

    @functools.cached_property
    def batchnorm(self):
        """Dense(5 -> 3) then BatchNormalization: 24 trainable, 6 non-trainable (moving stats)."""
        return keras.Sequential([keras.Input((5,)), layers.Dense(3), layers.BatchNormalization()])

    @functools.cached_property
    def frozen(self):
        """Dense(4 -> 8) frozen, then Dense(8 -> 2): 18 trainable, 40 non-trainable."""
        first = layers.Dense(8)
        model = keras.Sequential([keras.Input((4,)), first, layers.Dense(2)])
        first.trainable = False
        return model

    @functools.cached_property
    def dense_twice(self):
        """A Sequential holding the same Dense(4 -> 4) twice: 20 parameters, not 40."""
        dense = layers.Dense(4)
        return keras.Sequential([keras.Input((4,)), dense, dense])

    @functools.cached_property
    def tower(self):
        return _tower("tower")

    @functools.cached_property
    def tower_clone(self):
        return keras.models.clone_model(self.tower)

    @functools.cached_property
    def tower_copy(self):
        """A clone of the tower given the tower's values: equal values, other variables."""
        copy = keras.models.clone_model(self.tower)
        copy.set_weights(self.tower.get_weights())
        return copy

    @functools.cached_property
    def nested(self):
        """The tower used as a layer inside another model, then a head."""
        x = keras.Input((4,))
        return keras.Model(x, layers.Dense(1)(self.tower(x)))

    @functools.cached_property
    def nested_clone(self):
        x = keras.Input((4,))
        return keras.Model(x, layers.Dense(1)(self.tower_clone(x)))

    @functools.cached_property
    def relu_dense(self):
        return keras.Sequential([keras.Input((4,)), layers.Dense(3, activation="relu")])

    @functools.cached_property
    def sigmoid_dense(self):
        return keras.Sequential([keras.Input((4,)), layers.Dense(3, activation="sigmoid")])

    @functools.cached_property
    def conv(self):
        return keras.Sequential(
            [keras.Input((5, 5, 2)), layers.Conv2D(3, 3, padding="same", activation="relu")]
        )

    @functools.cached_property
    def two_inputs(self):
        """Inputs (4,) and (6,), a Dense(3, relu) on each, concatenated, a Dense(1) head."""
        return self._two_inputs(reverse=False)

    @functools.cached_property
    def two_inputs_reversed(self):
        """Like two_inputs, but the branches concatenated in the other order."""
        return self._two_inputs(reverse=True)

    def _two_inputs(self, reverse):
        a, b = keras.Input((4,)), keras.Input((6,))
        left = layers.Dense(3, activation="relu")
        right = layers.Dense(3, activation="relu")
        head = layers.Dense(1)
        branches = [left(a), right(b)]
        out = head(layers.Concatenate()(branches[::-1] if reverse else branches))
        return SimpleNamespace(model=keras.Model([a, b], out), left=left, right=right, head=head)

    @functools.cached_property
    def swapped_inputs(self):
        """Inputs (6,) then (4,): the two_inputs model's inputs in the other order."""
        a, b = keras.Input((4,)), keras.Input((6,))
        out = layers.Concatenate()([layers.Dense(3)(a), layers.Dense(3)(b)])
        return keras.Model([b, a], out)

    @functools.cached_property
    def batch_concat(self):
        """Two Dense(3) branches concatenated along axis 0: a batch of 2 comes out as 4 rows."""
        a, b = keras.Input((4,)), keras.Input((4,))
        out = layers.Concatenate(axis=0)([layers.Dense(3)(a), layers.Dense(3)(b)])
        return keras.Model([a, b], out)

    @functools.cached_property
    def two_outputs(self):
        x = keras.Input((4,))
        return keras.Model(x, [layers.Dense(2)(x), layers.Dense(3)(x)])

    @functools.cached_property
    def subclassed(self):
        """A subclassed model (no symbolic inputs) that maps (None, 4) to (None, 3)."""
        model = SubclassedDense()
        model(ag.fixed_inputs((4,)))
        return model

    @functools.cached_property
    def broken(self):
        """A subclassed model whose call raises a Keras error (Concatenate of 4 and 6 rows)."""
        return BrokenConcat()


class SubclassedDense(keras.Model):
    def __init__(self):
        super().__init__()
        self.dense = layers.Dense(3)

    def call(self, x):
        return self.dense(x)


class BrokenConcat(keras.Model):
    def call(self, x):
        return layers.Concatenate()([x, x[:1]])


@pytest.fixture(scope="session")
def zoo() -> Zoo:
    return Zoo()


@pytest.fixture(scope="session")
def fails(zoo):
    """`fails(trigger, patterns)`: `trigger(zoo)` must fail as a check does.

    That is, raise CheckFailed (an AssertionError) whose message matches every
    regex in `patterns` (multiline: `$` ends a line). Returns the CheckFailed.
    """

    def run(trigger, patterns=()) -> ag.CheckFailed:
        with pytest.raises(AssertionError) as info:
            trigger(zoo)
        error = info.value
        assert isinstance(error, ag.CheckFailed), f"{type(error).__name__}: {error}"
        for pattern in patterns:
            assert re.search(pattern, str(error), re.MULTILINE), f"{pattern!r} not in:\n{error}"
        return error

    return run
