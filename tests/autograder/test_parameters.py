"""autograder.parameters: counts (total, trainable, non-trainable) and check_counts."""

import re

import pytest

import autograder as ag
from autograder.parameters import Counts, breakdown

keras = ag.keras

COUNTS = [
    pytest.param(lambda z: z.shared_branches.model, Counts(1056, 1056, 0), id="shared-dense"),
    pytest.param(lambda z: z.separate_branches.model, Counts(2112, 2112, 0), id="separate-dense"),
    pytest.param(lambda z: z.batchnorm, Counts(30, 24, 6), id="batchnorm-moving-stats"),
    pytest.param(lambda z: z.frozen, Counts(58, 18, 40), id="frozen-layer"),
    pytest.param(lambda z: z.dense_twice, Counts(20, 20, 0), id="same-dense-twice-in-sequential"),
    pytest.param(lambda z: z.nested, Counts(19, 19, 0), id="nested-model"),
    pytest.param(lambda z: z.subclassed, Counts(15, 15, 0), id="subclassed"),
]


@pytest.mark.parametrize(("get", "expected"), COUNTS)
def test_counts(get, expected, zoo):
    assert ag.counts(get(zoo)) == expected


def test_a_layer_used_twice_is_listed_twice_but_counted_once(zoo):
    model = zoo.dense_twice
    assert len(model.layers) == 2 and model.layers[0] is model.layers[1]
    assert ag.counts(model).total == 20


PASSING = [
    pytest.param(lambda z: z.shared_branches.model, {"total": 1056}, id="total"),
    pytest.param(lambda z: z.shared_branches.model, {"trainable": 1056}, id="trainable"),
    pytest.param(
        lambda z: z.batchnorm,
        {"total": 30, "trainable": 24, "non_trainable": 6},
        id="batchnorm-all-three",
    ),
    pytest.param(lambda z: z.frozen, {"trainable": 18, "non_trainable": 40}, id="frozen"),
    pytest.param(lambda z: z.dense_twice, {"total": 20}, id="same-dense-twice"),
    pytest.param(lambda z: z.batchnorm, {}, id="nothing-asked"),
]


@pytest.mark.parametrize(("get", "expected"), PASSING)
def test_check_counts_passes(get, expected, zoo):
    model = get(zoo)
    assert ag.check_counts(model, **expected) == ag.counts(model)


def _unbuilt(zoo):
    ag.check_counts(keras.Sequential([keras.layers.Dense(3)]), total=15)


FAILURES = [
    pytest.param(
        lambda z: ag.check_counts(z.separate_branches.model, trainable=1056),
        [
            r"Expected: +1,056 trainable parameters",
            r"Received: +2,112 trainable parameters \(twice as many\)",
            r"Likely cause: twice as many: a layer was duplicated",
            r"Next step: +create the layer once and call that same instance",
        ],
        id="separate-branches-twice-as-many",
    ),
    pytest.param(
        lambda z: ag.check_counts(z.shared_branches.model, total=2112),
        [r"Expected: +2,112 total parameters", r"1,056 total parameters \(half as many\)"],
        id="half-as-many",
    ),
    pytest.param(
        lambda z: ag.check_counts(z.batchnorm, total=10),
        [r"Received: +30 total parameters \(3 times as many\)"],
        id="three-times",
    ),
    pytest.param(
        lambda z: ag.check_counts(z.batchnorm, trainable=20),
        [r"24 trainable parameters \(4 more\)", r"a layer has another size"],
        id="more",
    ),
    pytest.param(
        lambda z: ag.check_counts(z.batchnorm, trainable=30),
        [r"24 trainable parameters \(6 fewer\)"],
        id="fewer",
    ),
    pytest.param(
        lambda z: ag.check_counts(z.batchnorm, trainable=24, non_trainable=0),
        [
            r"Expected: +0 non-trainable parameters",
            r"Received: +6 non-trainable parameters \(6 more\)",
            r"more weights are frozen than the task asks",
            r"freeze only the part the task names",
        ],
        id="batchnorm-stats-not-expected",
    ),
    pytest.param(
        lambda z: ag.check_counts(z.frozen, non_trainable=48),
        [r"40 non-trainable parameters \(8 fewer\)", r"fewer weights are frozen"],
        id="too-little-frozen",
    ),
    pytest.param(
        lambda z: ag.check_counts(z.frozen, trainable=58),
        [r"Received: +18 trainable parameters", r"Next step: +compare your layers with the task"],
        id="frozen-not-expected",
    ),
    pytest.param(
        lambda z: ag.check_counts(
            z.separate_branches.model,
            trainable=1056,
            causes={("trainable", 2112): ("each branch has its own Dense", "share one Dense")},
        ),
        [r"Likely cause: each branch has its own Dense", r"Next step: +share one Dense"],
        id="cause-by-kind-and-value",
    ),
    pytest.param(
        lambda z: ag.check_counts(
            z.separate_branches.model,
            total=1056,
            causes={
                ("trainable", 2112): ("not this one: the kind differs", "no"),
                2112: ("each branch has its own Dense", "share one Dense"),
            },
        ),
        [r"Likely cause: each branch has its own Dense", r"Next step: +share one Dense"],
        id="cause-by-value",
    ),
    pytest.param(
        lambda z: ag.check_counts(
            z.separate_branches.model, total=1056, causes={2112: "each branch has its own Dense"}
        ),
        [
            r"Likely cause: each branch has its own Dense",
            r"Next step: +compare your layers with the task",
        ],
        id="cause-as-a-string",
    ),
    pytest.param(
        _unbuilt,
        [
            r"Expected: +a built model",
            r"Received: +sequential\w*, which is not built yet",
            r"Sequential model without an Input",
            r"keras\.Input\(shape=\.\.\.\)",
        ],
        id="unbuilt-sequential",
    ),
    pytest.param(
        lambda z: ag.check_counts(z.with_head_separate, trainable=650),
        [r"Received: +1,290 trainable parameters \(.*twice as many\)", r"duplicated"],
        id="design-example-650-vs-1290",
    ),
]


@pytest.mark.parametrize(("trigger", "patterns"), FAILURES)
def test_check_counts_fails(trigger, patterns, fails):
    fails(trigger, patterns)


BREAKDOWN = [
    pytest.param(
        lambda z: z.batchnorm,
        [
            r"dense\w* +Dense +18$",
            r"batch_normalization\w* +BatchNormalization +6 \+ 6 non-trainable$",
        ],
        id="batchnorm",
    ),
    pytest.param(
        lambda z: z.frozen,
        [r"Dense +0 \+ 40 non-trainable$", r"Dense +18$"],
        id="frozen",
    ),
    pytest.param(lambda z: z.nested, [r"Dense +15$", r"Dense +4$"], id="nested-model-layers"),
]


@pytest.mark.parametrize(("get", "rows"), BREAKDOWN)
def test_breakdown_has_one_row_per_layer_with_weights(get, rows, zoo):
    lines = breakdown(get(zoo))
    assert lines[0] == "Your model, layer by layer (trainable parameters):"
    assert len(lines) == 1 + len(rows)
    for line, pattern in zip(lines[1:], rows, strict=True):
        assert re.search(pattern, line), (pattern, line)


def test_breakdown_lists_a_shared_layer_once(zoo):
    assert len(breakdown(zoo.dense_twice)) == 2


def test_a_failed_count_shows_the_breakdown(zoo, fails):
    error = fails(lambda z: ag.check_counts(z.batchnorm, total=31, title="Batch norm"))
    assert str(error).startswith("✗ Batch norm\n")
    assert error.feedback.details == breakdown(zoo.batchnorm)
    for line in breakdown(zoo.batchnorm):
        assert f"  {line}" in str(error)


def test_only_the_first_differing_kind_is_reported(fails):
    error = fails(lambda z: ag.check_counts(z.batchnorm, total=1, trainable=2, non_trainable=3))
    assert "total parameters" in error.feedback.expected
