"""autograder.layers: finding layers and variables by what they are, each once."""

import re

import numpy as np
import pytest

import autograder as ag
from autograder.layers import all_layers, describe, to_numpy, unique, variables

keras = ag.keras
layers = keras.layers


def test_unique_keeps_first_seen_order_by_identity():
    a, b = [1], [1]  # equal, not identical
    assert unique([a, b, a, b]) == [a, b]
    assert [id(x) for x in unique([a, b, a])] == [id(a), id(b)]


ALL_LAYERS = [
    pytest.param(lambda z: z.dense_twice, 1, id="same-dense-twice-once"),
    pytest.param(lambda z: z.frozen, 2, id="sequential"),
    pytest.param(lambda z: z.nested, 4, id="nested-model-and-its-layers"),
    pytest.param(lambda z: z.shared_branches.model, 4, id="functional-with-inputs"),
    pytest.param(lambda z: z.shared_branches.left, 0, id="a-layer-has-none"),
]


@pytest.mark.parametrize(("get", "n"), ALL_LAYERS)
def test_all_layers(get, n, zoo):
    assert len(all_layers(get(zoo))) == n


def test_all_layers_reaches_inside_nested_models(zoo):
    found = all_layers(zoo.nested)
    assert zoo.tower in found and zoo.tower.layers[0] in found


VARIABLES = [
    pytest.param(lambda z: z.shared_branches.left, 2, id="layer"),
    pytest.param(lambda z: z.shared_branches.model, 2, id="model-shared-once"),
    pytest.param(lambda z: z.separate_branches.model, 4, id="model-separate"),
    pytest.param(lambda z: z.dense_twice, 2, id="sequential-same-layer-twice"),
    pytest.param(lambda z: z.batchnorm, 6, id="batchnorm-with-moving-stats"),
    pytest.param(
        lambda z: [z.shared_branches.left, z.shared_branches.right], 2, id="list-deduplicated"
    ),
    pytest.param(lambda z: z.shared_branches.left.kernel, 1, id="one-variable"),
    pytest.param(lambda z: (z.tower, z.nested), 4, id="tuple-nested-overlap"),
]


@pytest.mark.parametrize(("get", "n"), VARIABLES)
def test_variables_each_once(get, n, zoo):
    found = variables(get(zoo))
    assert len(found) == n
    assert all(isinstance(v, keras.Variable) for v in found)


@pytest.mark.parametrize(
    ("get", "pattern"),
    [
        pytest.param(lambda z: z.tower.layers[0], r"^dense\w* \(Dense, kernel 4×3\)$", id="dense"),
        pytest.param(
            lambda z: z.conv.layers[0], r"^conv2d\w* \(Conv2D, kernel 3×3×2×3\)$", id="conv"
        ),
        pytest.param(lambda z: z.tower, r"^tower \(Sequential\)$", id="model"),
        pytest.param(lambda z: layers.Dense(3), r"^dense\w* \(Dense\)$", id="unbuilt-dense"),
        pytest.param(
            lambda z: z.batchnorm.layers[1],
            r"^batch_normalization\w* \(BatchNormalization\)$",
            id="no-kernel",
        ),
    ],
)
def test_describe(get, pattern, zoo):
    assert re.match(pattern, describe(get(zoo)))


def test_to_numpy(zoo, recwarn):
    kernel = zoo.tower.layers[0].kernel
    out = to_numpy(kernel)
    assert isinstance(out, np.ndarray) and out.shape == (4, 3)
    assert isinstance(to_numpy(keras.ops.ones((2,))), np.ndarray)
    assert to_numpy([1, 2]).tolist() == [1, 2]
    assert not [w for w in recwarn if issubclass(w.category, DeprecationWarning)]


FIND_PASSING = [
    pytest.param(
        lambda z: (z.frozen, layers.Dense, (8, 2)), lambda z: z.frozen.layers[1], id="by-kernel"
    ),
    pytest.param(
        lambda z: (z.batchnorm, layers.BatchNormalization, None),
        lambda z: z.batchnorm.layers[1],
        id="by-type",
    ),
    pytest.param(
        lambda z: (z.nested, layers.Dense, (4, 3)), lambda z: z.tower.layers[0], id="inside-nested"
    ),
    pytest.param(
        lambda z: (z.dense_twice, layers.Dense, None),
        lambda z: z.dense_twice.layers[0],
        id="used-twice-is-one",
    ),
]


@pytest.mark.parametrize(("args", "expected"), FIND_PASSING)
def test_find_layer(args, expected, zoo):
    model, cls, kernel_shape = args(zoo)
    assert ag.find_layer(model, cls, kernel_shape=kernel_shape) is expected(zoo)


FAILURES = [
    pytest.param(
        lambda z: ag.find_layer(z.frozen, layers.Dense, kernel_shape=(8, 3)),
        [
            r"✗ Looking for a Dense layer with .*8×3",
            r"Expected: +.*Dense layer with .*8×3",
            r"Received: +dense\w* \(Dense, kernel 4×8\), dense\w* \(Dense, kernel 8×2\)",
            r"a kernel's first size is the width of what reaches the layer",
        ],
        id="no-such-kernel",
    ),
    pytest.param(
        lambda z: ag.find_layer(z.frozen, layers.Conv2D),
        [r"Received: +no Conv2D layer$"],
        id="no-such-type",
    ),
    pytest.param(
        lambda z: ag.find_layer(z.separate_branches.model, layers.Dense, what="the shared Dense"),
        [
            r"✗ Looking for the shared Dense",
            r"Expected: +.*the shared Dense",
            r"Received: +2: dense\w* \(Dense, kernel 32×32\), dense\w* \(Dense, kernel 32×32\)",
            r"created more than once",
            r"create that layer once and call it where it is needed",
        ],
        id="two-instances",
    ),
]


@pytest.mark.parametrize(("trigger", "patterns"), FAILURES)
def test_find_layer_fails(trigger, patterns, fails):
    fails(trigger, patterns)


GRAMMAR = [
    pytest.param(lambda z: ag.find_layer(z.frozen, layers.Conv2D), id="none-found"),
    pytest.param(
        lambda z: ag.find_layer(z.separate_branches.model, layers.Dense, what="the shared Dense"),
        id="two-found",
    ),
]


@pytest.mark.parametrize("trigger", GRAMMAR)
def test_find_layer_expected_reads_well(trigger, fails):
    expected = fails(trigger).feedback.expected
    assert not re.match(r"(exactly )?one (a|an|the) ", expected), expected
