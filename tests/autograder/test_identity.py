"""autograder.identity: which variables are the same object across layers and models."""

import pytest

import autograder as ag
from autograder.identity import shared, table

keras = ag.keras

PASSING = [
    pytest.param(
        lambda z: ag.check_shared(z.shared_branches.left, z.shared_branches.right),
        id="shared-one-dense-called-twice",
    ),
    pytest.param(
        lambda z: ag.check_shared(
            [z.shared_branches.left.kernel, z.shared_branches.left.bias],
            z.shared_branches.right,
        ),
        id="shared-variables-listed",
    ),
    pytest.param(
        lambda z: ag.check_independent(z.separate_branches.left, z.separate_branches.right),
        id="independent-two-instances",
    ),
    pytest.param(
        lambda z: ag.check_independent(z.copied_branches.left, z.copied_branches.right),
        id="independent-set-weights-copies",
    ),
    pytest.param(
        lambda z: ag.check_independent(z.tower, z.tower_clone), id="independent-clone-model"
    ),
    pytest.param(lambda z: ag.check_is(z.tower, z.tower), id="is-the-given-model"),
    pytest.param(
        lambda z: ag.check_is(z.tower.layers[0], z.tower.layers[0]), id="is-the-given-layer"
    ),
    pytest.param(lambda z: ag.check_contains(z.nested, z.tower), id="contains-nested-model"),
    pytest.param(
        lambda z: ag.check_contains(z.nested, z.tower.layers[0]), id="contains-nested-layer"
    ),
    pytest.param(
        lambda z: ag.check_contains(z.dense_twice, z.dense_twice.layers[1]),
        id="contains-layer-used-twice",
    ),
]


@pytest.mark.parametrize("check", PASSING)
def test_identity_check_passes(check, zoo):
    assert check(zoo) is None


FAILURES = [
    pytest.param(
        lambda z: ag.check_shared(z.separate_branches.left, z.separate_branches.right),
        [
            r"✗ Shared weights between the two branches",
            r"Expected: +the two branches to use the same variables \(one layer instance",
            r"Received: +0 of 2 variables shared$",
            r"separate layer instances were created",
            r"create the layer once and call that same instance on both inputs",
            r"dense\w*/kernel +separate",
        ],
        id="shared-but-two-instances",
    ),
    pytest.param(
        lambda z: ag.check_shared(z.copied_branches.left, z.copied_branches.right),
        [
            r"0 of 2 variables shared \(their values are equal, but they are separate copies\)",
            r"Likely cause: set_weights / get_weights copies values once",
        ],
        id="shared-but-set-weights-copy",
    ),
    pytest.param(
        lambda z: ag.check_shared(z.tower, z.tower_copy, what="the two towers"),
        [r"Shared weights between the two towers", r"separate copies", r"set_weights"],
        id="shared-but-clone-with-set-weights",
    ),
    pytest.param(
        lambda z: ag.check_shared(z.tower, z.tower_clone),
        [r"0 of 2 variables shared$", r"separate layer instances"],
        id="shared-but-clone-model",
    ),
    pytest.param(
        lambda z: ag.check_shared(z.shared_branches.left.kernel, z.shared_branches.left),
        [r"Received: +1 of 1 variables shared"],
        id="shared-only-in-part",
    ),
    pytest.param(
        lambda z: ag.check_shared(
            z.separate_branches.left,
            z.separate_branches.right,
            cause="the towers were built twice",
            next_step="build one tower",
        ),
        [r"Likely cause: the towers were built twice", r"Next step: +build one tower"],
        id="shared-cause-given",
    ),
    pytest.param(
        lambda z: ag.check_independent(z.shared_branches.left, z.shared_branches.right),
        [
            r"✗ Independent weights for the two branches",
            r"Received: +2 shared: dense\w*/kernel, dense\w*/bias",
            r"the same layer instance was called in both places",
            r"clone_model",
        ],
        id="independent-but-one-instance",
    ),
    pytest.param(
        lambda z: ag.check_independent(z.nested, z.tower, what="the new model and the tower"),
        [r"Independent weights for the new model and the tower", r"2 shared"],
        id="independent-but-nested",
    ),
    pytest.param(
        lambda z: ag.check_is(z.tower_clone, z.tower, what="the given tower"),
        [
            r"✗ Using the given tower itself",
            r"Expected: +tower \(Sequential\) itself",
            r"Received: +tower\w* \(Sequential\), another object",
            r"a copy or a clone was made",
        ],
        id="is-but-clone",
    ),
    pytest.param(
        lambda z: ag.check_is(z.tower_copy.layers[0], z.tower.layers[0]),
        [
            r"Expected: +dense\w* \(Dense, kernel 4×3\) itself",
            r"Received: +dense\w* \(Dense, kernel 4×3\), a copy with equal values",
        ],
        id="is-but-copy",
    ),
    pytest.param(
        lambda z: ag.check_contains(z.nested_clone, z.tower, what="the given tower"),
        [
            r"Expected: +the model to use the given tower itself \(2 variables\)",
            r"Received: +0 of its 2 variables are in the model",
            r"a copy or a clone",
        ],
        id="contains-but-clone",
    ),
    pytest.param(
        lambda z: ag.check_contains(z.separate_branches.model, z.tower),
        [r"0 of its 2 variables are in the model"],
        id="contains-but-unrelated",
    ),
]


@pytest.mark.parametrize(("trigger", "patterns"), FAILURES)
def test_identity_check_fails(trigger, patterns, fails):
    fails(trigger, patterns)


def test_shared_pairs_paths(zoo):
    left, right = zoo.shared_branches.left, zoo.shared_branches.right
    assert shared(left, right) == [(left.kernel.path, left.kernel.path), (left.bias.path,) * 2]
    assert shared(zoo.separate_branches.left, zoo.separate_branches.right) == []


def test_table_counts_shared_variables(zoo):
    named = {
        "left": zoo.shared_branches.left,
        "right": zoo.shared_branches.right,
        "other": zoo.separate_branches.left,
    }
    assert table(named) == [
        ["all", "2 of 2", "none"],
        ["2 of 2", "all", "none"],
        ["none", "none", "all"],
    ]


def test_sharing_is_identity_not_values():
    """The premise of the checks: set_weights copies values, clone_model makes new variables."""
    a, b = keras.layers.Dense(2), keras.layers.Dense(2)
    a.build((None, 3))
    b.build((None, 3))
    b.set_weights(a.get_weights())
    assert a.kernel is not b.kernel
    a.kernel.assign(a.kernel + 1.0)
    assert not (a.kernel.numpy() == b.kernel.numpy()).any()
