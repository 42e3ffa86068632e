"""Mechanisms a held-out set of exercise 2 answers revealed (issue 21).

- autograder.graph recognises tensors computed in code from their values: an affine change
  of one tensor (1 - gate), a weighted sum of two (0.6 * p + 0.4 * q, (p + q) / 4), a
  merge with one input changed first (features * (1 - gate)) and a reduction over the last
  axis (of one tensor or two side by side);
- autograder.structure names a difference shared by several layers once for all of them,
  two activations swapped, an extra layer between a layer and its activation, a branch
  left out before its merge, and a sum in code where the task merges;
- autograder.raised explains a concatenation along axis 0 (keras.ops.concatenate's default).
"""

from __future__ import annotations

import itertools
import linecache
import textwrap

import numpy as np
import pytest

import autograder as ag
from autograder import graph as gr
from autograder import raised as rd
from autograder import structure as st

keras = ag.keras
layers = keras.layers
RNG = np.random.default_rng(0)
A = RNG.normal(size=(8, 6))
B = RNG.normal(size=(8, 6))
NA, NB = gr.Node("Dense", shape=(6,)), gr.Node("Dense", shape=(6,))
POOL = [(A, NA), (B, NB)]


@pytest.mark.parametrize(
    "value, kind, weights, offset",
    [
        (1 - A, "Scale", (-1.0,), 1.0),
        (0.5 * B, "Scale", (0.5,), 0.0),
        (0.6 * A + 0.4 * B, "Weighted", (0.6, 0.4), 0.0),
        ((A + B) / 4, "Weighted", (0.25, 0.25), 0.0),
    ],
)
def test_affine_code_is_recognised(value, kind, weights, offset):
    node = gr._recover(value, POOL)
    assert node.kind == kind
    assert node.config == {"weights": weights, "offset": offset}


def test_merge_with_one_input_changed_in_code():
    node = gr._recover(A * (1 - B), POOL)
    assert node.kind == "Multiply"
    assert node.inputs[0] is NA and node.inputs[1].kind == "Scale"
    assert st.formula(node.inputs[1]) == "1 - x"


@pytest.mark.parametrize(
    "value, inner",
    [
        (A.mean(-1, keepdims=True), "Dense"),
        (np.concatenate([A, B], -1).mean(-1, keepdims=True), "Concatenate"),
        (A.max(-1), "Dense"),
    ],
)
def test_reduction_over_the_last_axis(value, inner):
    node = gr._recover(value, POOL)
    assert node.kind == "Reduce" and node.inputs[0].kind == inner


def test_unknown_code_stays_code():
    assert gr._recover(np.sin(A) * B**2, POOL).kind == "code"


@pytest.mark.parametrize(
    "weights, offset, words",
    [
        ((-1.0,), 1.0, "1 - x"),
        ((0.25, 0.25), 0.0, "0.25 × x + 0.25 × y"),
        ((0.6, -0.4), 0.0, "0.6 × x - 0.4 × y"),
        ((2.0,), -1.0, "2 × x - 1"),
    ],
)
def test_formula_words(weights, offset, words):
    kind = "Scale" if len(weights) == 1 else "Weighted"
    assert st.formula(gr.Node(kind, config={"weights": weights, "offset": offset})) == words


# ------------------------------------------------------------------ structure, on models

X6 = ag.fixed_inputs((6,), batch=8, seed=3)
X2 = ag.fixed_inputs((20,), (4,), batch=8, seed=3)


def ensemble(act="softmax", combine=None):
    x = keras.Input((6,))
    network = layers.Dense(4, activation=act)(layers.Dense(5, activation="relu")(x))
    linear = layers.Dense(4, activation=act)(x)
    out = combine(network, linear) if combine else layers.Average()([network, linear])
    return keras.Model(x, out)


def gated(features_act="tanh", gate_act="sigmoid", between=None, one_minus=False):
    signal, context = keras.Input((20,)), keras.Input((4,))
    features = layers.Dense(6, activation=features_act)(signal)
    gate = layers.Dense(6, activation=gate_act)(layers.Concatenate()([signal, context]))
    gated_ = features * (1 - gate) if one_minus else layers.Multiply()([features, gate])
    return keras.Model([signal, context], layers.Dense(2)(gated_))


def residual(batch_norm=False, head_from_branch=False):
    x = keras.Input((12,))
    branch = layers.Dense(6)(layers.Dense(8, activation="relu")(x))
    if head_from_branch:
        return keras.Model(x, layers.Dense(3)(layers.ReLU()(branch)))
    summed = layers.Add()([branch, layers.Dense(6)(x)])
    if batch_norm:
        summed = layers.BatchNormalization()(summed)
    return keras.Model(x, layers.Dense(3)(layers.ReLU()(summed)))


X12 = ag.fixed_inputs((12,), batch=8, seed=3)

CASES = [
    pytest.param(
        ensemble,
        lambda: ensemble("log_softmax"),
        X6,
        "activation",
        r"have activation log_softmax.*logarithms",
        id="same-activation-on-two-members",
    ),
    pytest.param(
        ensemble,
        lambda: ensemble(combine=lambda a, b: 0.6 * a + 0.4 * b),
        X6,
        "kind",
        r"(0\.6 × x \+ 0\.4 × y|0\.4 × x \+ 0\.6 × y) in code.*Average averages",
        id="weighted-sum-in-code",
    ),
    pytest.param(
        ensemble,
        lambda: ensemble(combine=lambda a, b: (a + b) / 4),
        X6,
        "kind",
        r"0\.25 × x \+ 0\.25 × y",
        id="sum-over-the-classes-count",
    ),
    pytest.param(
        gated,
        lambda: gated("sigmoid", "tanh"),
        X2,
        "swap",
        r"activations are swapped",
        id="activations-swapped",
    ),
    pytest.param(
        gated,
        lambda: gated(one_minus=True),
        X2,
        "extra",
        r"extra 1 - x \(computed in code\) between the output of .*sigmoid",
        id="one-minus-gate",
    ),
    pytest.param(
        residual,
        lambda: residual(batch_norm=True),
        X12,
        "extra",
        r"extra BatchNormalization between the output of Add and its relu",
        id="layer-between-merge-and-its-activation",
    ),
    pytest.param(
        residual,
        lambda: residual(head_from_branch=True),
        X12,
        "missing",
        r"is missing from your model, and so is the Add it feeds",
        id="branch-left-out-before-its-merge",
    ),
]


@pytest.mark.parametrize("make_want, make_got, xs, what, words", CASES)
def test_structure_names_the_change(make_want, make_got, xs, what, words):
    import re

    want, got = st.describe(make_want(), xs), st.describe(make_got(), xs)
    found = st.compare(want, got)
    assert found is not None and found.what == what, found
    assert re.search(words, found.cause), found.cause
    assert st.compare(want, st.describe(make_want(), xs)) is None


# ------------------------------------------------------------------------------ raised

_cells = itertools.count(1)


def raised_in_cell(source: str):
    source = textwrap.dedent(source)
    filename = f"/tmp/ipykernel_5252/{next(_cells)}.py"
    linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
    namespace = {"keras": keras, "np": np}
    try:
        exec(compile(source, filename, "exec"), namespace)
    except Exception as error:  # the error under test
        return error
    raise AssertionError("no error")


@pytest.mark.parametrize(
    "source, words",
    [
        (
            """
            a, b = keras.Input((20,)), keras.Input((4,))
            both = keras.ops.concatenate([a, b])
            """,
            r"without axis=, so it joins along axis 0.*\(20 and 4\)",
        ),
        (
            """
            both = keras.ops.concatenate([np.ones((2, 20)), np.ones((2, 4))], axis=0)
            """,
            r"axis=0\) joins along axis 0",
        ),
        (
            """
            both = np.concatenate([np.ones((2, 20)), np.ones((2, 4))])
            """,
            r"np\.concatenate\(\.\.\.\) was called without axis=",
        ),
    ],
)
def test_concatenation_along_axis_0_is_named(source, words):
    import re

    found = rd.concatenate_axis(rd.read(raised_in_cell(source)))
    assert found is not None and re.search(words, found.cause, re.S), found
    assert "axis=-1" in found.next_step


def test_other_shape_errors_are_not_a_concatenation():
    error = raised_in_cell("keras.layers.Add()([keras.Input((3,)), keras.Input((4,))])")
    assert rd.concatenate_axis(rd.read(error)) is None
