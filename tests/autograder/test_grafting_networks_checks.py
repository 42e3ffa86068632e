"""autograder.grafting_networks: the cut, what fit really changes, several outputs, their losses.

(A topic's checks and its explorer share the topic's name, and pytest's default import
mode needs unique basenames: the explorer's tests are tests/explorers/test_<topic>.py,
the checks' tests tests/autograder/test_<topic>_checks.py.)
"""

from __future__ import annotations

import re
import types

import numpy as np
import pytest

import autograder as ag
from autograder import grafting_networks
from autograder.training import one_step

keras = ag.keras
layers = keras.layers

X = np.linspace(-1, 1, 24, dtype="float32").reshape(8, 3)
Y = np.eye(2, dtype="float32")[[0, 1] * 4]
KINDS = np.array([0, 1, 2, 0, 1, 2, 0, 1])
HOURS = np.linspace(0, 7, 8, dtype="float32").reshape(8, 1)
LABELS = ("Expected:", "Received:", "Likely cause:", "Next step:")


def base_model():
    """Input(3) -> 'hidden' Dense(4) -> 'norm' BatchNormalization -> 'features' Dense(2)
    -> 'old_head' Dense(3, softmax)."""
    inputs = keras.Input((3,), name="x")
    h = layers.Dense(4, activation="relu", name="hidden")(inputs)
    h = layers.BatchNormalization(name="norm")(h)
    f = layers.Dense(2, name="features")(h)
    return keras.Model(inputs, layers.Dense(3, activation="softmax", name="old_head")(f))


def extractor_of(base, at="features"):
    return keras.Model(base.inputs, base.get_layer(at).output)


def graft(base, at="features", *, freeze=False, whole=False):
    """A new Dense(2) head on the base cut at `at` (or on the whole base)."""
    part = base if whole else extractor_of(base, at)
    part.trainable = not freeze
    inputs = keras.Input((3,))
    return keras.Model(inputs, layers.Dense(2, name="head")(part(inputs)))


def check_voice(error) -> None:
    text = str(error)
    assert text.startswith("✗ ")
    for label in LABELS:
        assert label in text, f"{label} missing from:\n{text}"


def expect_failure(trigger, patterns):
    with pytest.raises(ag.CheckFailed) as info:
        trigger()
    check_voice(info.value)
    for pattern in patterns:
        assert re.search(pattern, str(info.value), re.M), f"{pattern!r} not in:\n{info.value}"


# --------------------------------------------------------------------------- check_cut


def _cut_graph(base):
    return keras.Model(base.inputs, layers.Dense(2)(base.get_layer("features").output))


def _cut_sequential(base):
    kept = [base.get_layer(n) for n in ("hidden", "norm", "features")]
    return keras.Sequential([keras.Input((3,)), *kept, layers.Dense(2)])


CUT_PASSES = [
    pytest.param(lambda b: (graft(b), "features"), id="nested-extractor"),
    pytest.param(lambda b: (_cut_graph(b), "features"), id="graph-from-base-input"),
    pytest.param(lambda b: (_cut_sequential(b), "features"), id="sequential-of-base-layers"),
    pytest.param(lambda b: (graft(b, whole=True), "old_head"), id="whole-base-cut-at-last"),
    pytest.param(lambda b: (graft(b, "norm"), "norm"), id="cut-at-norm-as-asked"),
]


@pytest.mark.parametrize("make", CUT_PASSES)
def test_check_cut_passes(make):
    base = base_model()
    model, at = make(base)
    assert grafting_networks.check_cut(model, base, at) is None


def _clone(base):
    return graft(keras.models.clone_model(base))


def _copy_with_values(base):
    copy = keras.Model.from_config(base.get_config())
    copy.set_weights(base.get_weights())
    return graft(copy)


CUT_FAILURES = [
    pytest.param(
        _clone,
        [
            r"^✗ The base inside the model$",
            r"Expected: +the base itself, cut after its layer 'features' "
            r"\(its layers 'hidden', 'norm', 'features'\)",
            r"Received: +a copy of it: none of its variables is in the model$",
            r"clone_model / from_config\(get_config\(\)\) build the same architecture",
            r"keras.Model\(base.inputs, base.get_layer\('features'\).output\)",
        ],
        id="clone-model",
    ),
    pytest.param(
        _copy_with_values,
        [
            r"Received: +a copy of it: none of its variables is in the model "
            r"\(the copy has equal values\)",
            r"new variables that only start with the same values \(a copy made by "
            r"set_weights\(get_weights\(\)\), copy.copy or deepcopy",
        ],
        id="from-config-and-set-weights",
    ),
    pytest.param(
        lambda b: graft(b, "norm"),
        [
            r"^✗ Where the base was cut$",
            r"Received: +the base cut after 'norm': 'features' missing",
            r"an earlier layer than 'features'",
        ],
        id="cut-too-early",
    ),
    pytest.param(
        lambda b: graft(b, whole=True),
        [
            r"Received: +the base with layers after 'features' still in the model: 'old_head'",
            r"used whole \(its old head included\)",
        ],
        id="cut-too-late-whole-base",
    ),
]


@pytest.mark.parametrize(("make", "patterns"), CUT_FAILURES)
def test_check_cut_fails(make, patterns):
    base = base_model()
    model = make(base)
    expect_failure(lambda: grafting_networks.check_cut(model, base, "features"), patterns)


@pytest.mark.parametrize(
    ("code", "missing", "received", "how"),
    [
        (
            'keras.Model(base.input, base.get_layer("features").input)',
            "features",
            r"^cut at the input of 'features' \(what 'norm' makes\)$",
            r"get_layer\('features'\)\.input is the tensor 'features' reads",
        ),
        (
            'f = base.get_layer(name="features")\ntrunk = keras.Model(base.inputs, f.input)',
            "features",
            r"^cut at the input of 'features'",
            r"the tensor 'features' reads, not the one it makes",
        ),
        (
            "keras.Model(base.inputs, base.layers[-3].output)",
            "features",
            r"^cut after 'norm'$",
            r"picked by its position, layers\[-3\], is 'norm', not 'features'",
        ),
        (
            'keras.Model(base.inputs, base.get_layer("norm").output)',
            "features",
            r"^cut after 'norm'$",
            r"get_layer\(\.\.\.\) was given an earlier layer than 'features' \('norm'\)",
        ),
        ("", "features", r"^cut after 'norm'$", r"the cut is at 'norm', an earlier layer"),
        # .input of 'features' read, but the cut lies further down: not that mistake
        (
            'x = base.get_layer("features").input\nkeras.Model(base.inputs, base.layers[1].output)',
            "norm",
            r"^cut after 'norm'$",
            r"layers\[1\]",
        ),
    ],
)
def test_early_cut_reads_how_from_the_learners_code(code, missing, received, how):
    """grafting_networks._early_cut: the named layer's .input, a position in .layers or
    get_layer given another name, read from the code; the code's words are not claimed
    when the code does not hold them."""
    present = [types.SimpleNamespace(name="hidden"), types.SimpleNamespace(name="norm")]
    where, cause = grafting_networks._early_cut(
        code, "features", "after 'norm'", present, [types.SimpleNamespace(name=missing)]
    )
    assert re.search(received, where), where
    assert re.search(how, cause), cause
    if "get_layer" not in code:
        assert "get_layer" not in cause


def test_check_cut_names_a_whole_network_and_how_to_use_it():
    net = keras.Sequential([keras.Input((3,)), layers.Dense(2, name="patterns")], name="net")
    copy = keras.models.clone_model(net)
    model = keras.Model(copy.inputs, layers.Dense(1)(copy.outputs[0]))
    expect_failure(
        lambda: grafting_networks.check_cut(model, net, "patterns", what="the pattern network"),
        [
            r"^✗ The pattern network inside the model$",
            r"Expected: +the pattern network itself, whole \(its layers 'patterns'\)",
            r"Next step: +call the pattern network itself on your input: a model is a layer",
        ],
    )


def test_check_cut_refuses_a_layer_the_base_does_not_have():
    base = base_model()
    with pytest.raises(ValueError, match="no layer named 'feature'"):
        grafting_networks.check_cut(graft(base), base, "feature")


def test_cut_output_is_the_base_up_to_the_cut_in_inference_mode(recwarn):
    base = base_model()
    expected = keras.Model(base.input, base.get_layer("norm").output).predict(X, verbose=0)
    np.testing.assert_allclose(grafting_networks.cut_output(base, "norm", X), expected, rtol=1e-5)
    assert not recwarn.list  # Keras's warning about a one-input list is kept quiet


# --------------------------------------------------------------------------- what fit changes


def trained_once(freeze_after=None, *, recompile=False):
    """A graft compiled and fit once with every layer trainable, then layers frozen."""
    base = base_model()
    extractor = extractor_of(base)
    inputs = keras.Input((3,))
    head = layers.Dense(2, name="head")
    model = keras.Model(inputs, head(extractor(inputs)))
    model.compile(optimizer=keras.optimizers.SGD(0.1), loss="mse")
    model.fit(X, Y, batch_size=8, verbose=0)
    for name in freeze_after or ():
        extractor.get_layer(name).trainable = False
    if recompile:
        model.compile(optimizer=keras.optimizers.SGD(0.1), loss="mse")
    return model, extractor, head


def frozen_first(frozen=("hidden",), *, unfreeze_after_fit=None):
    """A graft whose named layers are frozen before the first fit (optionally unfrozen after)."""
    base = base_model()
    extractor = extractor_of(base)
    for name in frozen:
        extractor.get_layer(name).trainable = False
    inputs = keras.Input((3,))
    model = keras.Model(inputs, layers.Dense(2, name="head")(extractor(inputs)))
    model.compile(optimizer=keras.optimizers.SGD(0.1), loss="mse")
    if unfreeze_after_fit:
        model.fit(X, Y, batch_size=8, verbose=0)
        extractor.get_layer(unfreeze_after_fit).trainable = True
    return model, extractor


def test_frozen_and_trained_as_flagged_when_compiled_again():
    model, extractor, head = trained_once(["hidden", "norm"], recompile=True)
    step = one_step(model, X, Y)
    for name in ("hidden", "norm"):
        grafting_networks.check_frozen_in_fit(step, model, extractor.get_layer(name))
    grafting_networks.check_trained_in_fit(step, model, extractor.get_layer("features"))
    grafting_networks.check_trained_in_fit(step, model, head)


def test_freeze_after_fit_without_compiling_again_is_named():
    model, extractor, _ = trained_once(["hidden"])
    step = one_step(model, X, Y)
    expect_failure(
        lambda: grafting_networks.check_frozen_in_fit(
            step, model, extractor.get_layer("hidden"), what="the layer 'hidden'"
        ),
        [
            r"^✗ The layer 'hidden' after one training step$",
            r"Received: +2 of its 2 variables changed, although trainable is False on it",
            r"the training step was not made again: fit keeps running the step it traced",
            r"Next step: +after changing trainable, make the training step again: call "
            r"model.compile\(...\) again, or model.make_train_function\(force=True\)",
        ],
    )


FROZEN_FAILURES = [
    pytest.param(
        "hidden",
        [r"Received: +2 of its 2 variables changed: it is still trainable", r"was not set on it"],
        id="dense-still-trainable",
    ),
    pytest.param(
        "norm",
        [
            r"Expected: +the frozen part unchanged: frozen, in inference mode",
            r"Received: +4 of its 4 variables changed, its moving mean and variance included",
            r"training=False given when the base was called does not stop this in Keras 3",
            r"set trainable = False on the BatchNormalization layer",
        ],
        id="batchnorm-in-training-mode",
    ),
]


@pytest.mark.parametrize(("name", "patterns"), FROZEN_FAILURES)
def test_part_left_trainable_is_named(name, patterns):
    model, extractor = frozen_first(frozen=())
    step = one_step(model, X, Y)
    expect_failure(
        lambda: grafting_networks.check_frozen_in_fit(step, model, extractor.get_layer(name)),
        patterns,
    )


def test_batchnorm_called_with_training_false_still_moves_in_fit():
    """The Keras 3 fact behind the BatchNormalization message: fit overrides training=False."""
    base = base_model()
    inputs = keras.Input((3,))
    model = keras.Model(inputs, layers.Dense(2)(extractor_of(base)(inputs, training=False)))
    norm = base.get_layer("norm")
    assert one_step(model, X, Y).did_move(norm.moving_mean)
    norm.trainable = False  # a frozen BatchNormalization runs in inference mode
    model.compile(optimizer="sgd", loss="mse")
    assert one_step(model, X, Y).all_still(norm)


TRAINED_FAILURES = [
    pytest.param(
        lambda: frozen_first(("hidden",)),
        [r"Received: +no change: it is frozen$", r"trainable = False is set on it"],
        id="still-frozen",
    ),
    pytest.param(
        lambda: frozen_first(("hidden",), unfreeze_after_fit="hidden"),
        [
            r"Received: +no change, although trainable is True on it",
            r"unfrozen after the model had been compiled and trained",
        ],
        id="unfrozen-after-fit-not-compiled-again",
    ),
]


@pytest.mark.parametrize(("make", "patterns"), TRAINED_FAILURES)
def test_part_that_does_not_learn_is_named(make, patterns):
    model, extractor = make()
    step = one_step(model, X, Y)
    expect_failure(
        lambda: grafting_networks.check_trained_in_fit(
            step, model, extractor.get_layer("hidden"), what="the layer 'hidden'"
        ),
        [r"^✗ The layer 'hidden' after one training step$", *patterns],
    )


# --------------------------------------------------------------------------- learning rate


def compiled(optimizer):
    model = graft(base_model())
    if optimizer is not None:
        model.compile(optimizer=optimizer, loss="mse")
    return model


@pytest.mark.parametrize(
    "optimizer",
    [
        pytest.param(lambda: keras.optimizers.Adam(1e-4), id="adam-1e-4"),
        pytest.param(lambda: keras.optimizers.SGD(1e-3), id="sgd-1e-3-float32-edge"),
        pytest.param(lambda: "adam", id="adam-default-1e-3"),
    ],
)
def test_check_learning_rate_passes(optimizer):
    assert grafting_networks.check_learning_rate(compiled(optimizer()), at_most=1e-3) is None


@pytest.mark.parametrize(
    ("optimizer", "patterns"),
    [
        pytest.param(
            lambda: keras.optimizers.SGD(0.1),
            [r"^✗ Learning rate for fine-tuning$", r"Received: +0.1 \(SGD\)", r"Adam\(0.0001\)"],
            id="sgd-0.1",
        ),
        pytest.param(
            lambda: None,
            [r"Received: +a model that is not compiled", r"call model.compile"],
            id="not-compiled",
        ),
    ],
)
def test_check_learning_rate_fails(optimizer, patterns):
    model = compiled(optimizer())
    expect_failure(lambda: grafting_networks.check_learning_rate(model, at_most=1e-3), patterns)


def test_check_learning_rate_names_the_keras2_lr_attribute():
    model = compiled(keras.optimizers.SGD(0.1))
    model.optimizer.lr = 1e-4  # Keras 2's name: Keras 3 accepts it as a new attribute, unread
    expect_failure(
        lambda: grafting_networks.check_learning_rate(model, at_most=1e-3),
        [
            r"Received: +0.1 \(SGD\), with optimizer\.lr = 0\.0001 beside it",
            r"Keras 3 never reads: the rate the optimizer uses is optimizer\.learning_rate",
            r"keras\.optimizers\.SGD\(0\.001\)",
        ],
    )


# --------------------------------------------------------------------------- several outputs


def two_heads(order=("kind", "hours"), kind_units=3, **compile_args):
    base = base_model()
    features = base.get_layer("features").output
    heads = {
        "kind": layers.Dense(kind_units, activation="softmax", name="kind")(features),
        "hours": layers.Dense(1, name="hours")(features),
    }
    model = keras.Model(base.inputs, [heads[name] for name in order])
    if compile_args:
        model.compile(optimizer="adam", **compile_args)
    return model


def one_head():
    base = base_model()
    return keras.Model(base.inputs, layers.Dense(3, name="kind")(base.get_layer("features").output))


SHAPE_FAILURES = [
    pytest.param(
        one_head,
        [r"Expected: +2 outputs: kind \(None, 3\), hours \(None, 1\)", r"Received: +1 output: "],
        id="one-output",
    ),
    pytest.param(
        lambda: two_heads(order=("hours", "kind")),
        [r"Received: +\(None, 1\), \(None, 3\)", r"in another order"],
        id="other-order",
    ),
    pytest.param(
        lambda: two_heads(kind_units=4),
        [r"Received: +\(None, 4\), \(None, 1\)", r"another size"],
        id="other-size",
    ),
]


def test_check_output_shapes_passes():
    assert (
        grafting_networks.check_output_shapes(
            two_heads(), [(None, 3), (None, 1)], names=["kind", "hours"]
        )
        is None
    )


@pytest.mark.parametrize(("make", "patterns"), SHAPE_FAILURES)
def test_check_output_shapes_fails(make, patterns):
    model = make()
    expect_failure(
        lambda: grafting_networks.check_output_shapes(
            model, [(None, 3), (None, 1)], names=["kind", "hours"], inputs=X
        ),
        [r"^✗ Outputs of the model$", *patterns],
    )


def test_output_of_picks_one_head():
    model = two_heads()
    kind, hours = model.predict(X, verbose=0)
    np.testing.assert_allclose(grafting_networks.output_of(model, 1)(X), hours, rtol=1e-5)
    ag.check_outputs(grafting_networks.output_of(model, 0), X, kind)


LOSSES = {"kind": "sparse_categorical_crossentropy", "hours": "mse"}
WEIGHTS = {"kind": 1.0, "hours": 0.1}

LOSS_PASSES = [
    pytest.param({"loss": LOSSES, "loss_weights": WEIGHTS}, id="dicts"),
    pytest.param(
        {"loss": ["sparse_categorical_crossentropy", "mse"], "loss_weights": [1.0, 0.1]},
        id="lists",
    ),
    pytest.param(
        {
            "loss": {
                "hours": keras.losses.MeanSquaredError(),
                "kind": keras.losses.SparseCategoricalCrossentropy(),
            },
            "loss_weights": {"hours": 0.1, "kind": 1.0},
        },
        id="loss-objects-other-key-order",
    ),
]


@pytest.mark.parametrize("compile_args", LOSS_PASSES)
def test_check_losses_passes(compile_args):
    model = two_heads(**compile_args)
    targets = {"kind": KINDS, "hours": HOURS}
    assert grafting_networks.check_losses(model, X, targets, losses=LOSSES, weights=WEIGHTS) is None


LOSS_FAILURES = [
    pytest.param(
        {"loss": LOSSES},
        [r"^✗ Losses of the model$", r"no loss_weights were given", r"pass loss_weights="],
        id="no-loss-weights",
    ),
    pytest.param(
        {"loss": ["sparse_categorical_crossentropy", "mse"], "loss_weights": [0.1, 1.0]},
        [r"the list of loss_weights gives 'kind': 0.1, 'hours': 1:", r"order of the model's"],
        id="weights-swapped",
    ),
    pytest.param(
        {"loss": {"kind": "mse", "hours": "sparse_categorical_crossentropy"}},
        [
            r"^✗ Losses of the model$",
            r"Received: +\w+Error: ",
            r"the loss dict gives 'kind': 'mse', 'hours': 'sparse_categorical_crossentropy'",
            r"loss=\{'kind': ",
        ],
        id="losses-swapped-raise",
    ),
    pytest.param(
        {
            "loss": {"kind": "sparse_categorical_crossentropy", "hours": "mae"},
            "loss_weights": WEIGHTS,
        },
        [r"^✗ Losses of the model$", r"the loss of 'hours' is mae where the task asks for mse"],
        id="another-loss",
    ),
    pytest.param(
        {},
        [r"Received: +a model that is not compiled", r"loss_weights=\{\.\.\.\}"],
        id="not-compiled",
    ),
]


@pytest.mark.parametrize(("compile_args", "patterns"), LOSS_FAILURES)
def test_check_losses_fails(compile_args, patterns):
    model = two_heads(**compile_args)
    targets = {"kind": KINDS, "hours": HOURS}
    expect_failure(
        lambda: grafting_networks.check_losses(model, X, targets, losses=LOSSES, weights=WEIGHTS),
        patterns,
    )


# ---- which layers train (issue 12) ----------------------------------------------------


def test_check_trainable_passes_the_split_asked_for():
    base = base_model()
    model = graft(base)
    for name in ("hidden", "norm"):
        base.get_layer(name).trainable = False
    grafting_networks.check_trainable(
        model,
        frozen=[base.get_layer("hidden"), base.get_layer("norm")],
        trainable=[base.get_layer("features")],
    )


@pytest.mark.parametrize(
    ("freeze", "pattern"),
    [
        (("hidden", "features"), r"trains 'norm' \(BatchNormalization\); freezes 'features'"),
        (("norm", "features"), r"trains 'hidden' \(Dense\); freezes 'features' \(Dense\)"),
        (("hidden",), r"(?s)trains 'norm'.*a BatchNormalization left trainable runs in training"),
    ],
    ids=["bn-left", "hidden-left", "bn-only"],
)
def test_check_trainable_names_each_layer_on_the_wrong_side(freeze, pattern):
    base = base_model()
    model = graft(base)
    for name in freeze:
        base.get_layer(name).trainable = False
    with pytest.raises(ag.CheckFailed) as info:
        grafting_networks.check_trainable(
            model,
            frozen=[base.get_layer("hidden"), base.get_layer("norm")],
            trainable=[base.get_layer("features")],
        )
    assert re.search(pattern, str(info.value)), str(info.value)


def test_check_trainable_names_a_model_frozen_whole():
    base = base_model()
    model = graft(base)
    model.trainable = False
    with pytest.raises(ag.CheckFailed) as info:
        grafting_networks.check_trainable(model, frozen=[base.get_layer("hidden")])
    assert "everything is frozen, the new layers included" in str(info.value)


# ---- what the statement names, mechanisms rather than symptoms (issue 21) -------------


LOSS_MECHANISMS = [
    pytest.param(
        {"loss": LOSSES, "loss_weights": {"kind": 0.1, "hours": 1.0}},
        r"the loss_weights dict gives 'kind': 0.1, 'hours': 1: the names are right",
        id="dict-of-weights-swapped",
    ),
    pytest.param(
        {"loss": ["sparse_categorical_crossentropy", "mse"], "loss_weights": WEIGHTS},
        r"the losses are a list and the loss weights a dict: Keras then reads the dict",
        id="list-of-losses-dict-of-weights",
    ),
    pytest.param(
        {"loss": {"kind": "categorical_crossentropy", "hours": "mse"}, "loss_weights": WEIGHTS},
        r"the loss of 'kind' is categorical_crossentropy where the task asks for "
        r"sparse_categorical_crossentropy \(categorical_crossentropy expects one-hot",
        id="categorical-for-class-numbers",
    ),
]


@pytest.mark.parametrize(("compile_args", "pattern"), LOSS_MECHANISMS)
def test_check_losses_names_the_mechanism(compile_args, pattern):
    model = two_heads(**compile_args)
    targets = {"kind": KINDS, "hours": HOURS}
    expect_failure(
        lambda: grafting_networks.check_losses(model, X, targets, losses=LOSSES, weights=WEIGHTS),
        [pattern],
    )


def test_check_optimizer():
    grafting_networks.check_optimizer(two_heads(loss=LOSSES), "Adam")
    model = two_heads()
    model.compile(optimizer="sgd", loss=LOSSES)
    expect_failure(
        lambda: grafting_networks.check_optimizer(model, "Adam"),
        [r"^✗ Optimizer$", r"compiled with SGD where the task asks for Adam", r'"adam"'],
    )
    expect_failure(
        lambda: grafting_networks.check_optimizer(two_heads(), "Adam"),
        [r"a model that is not compiled"],
    )


def test_check_output_names():
    grafting_networks.check_output_names(two_heads(), ["kind", "hours"])
    base = base_model()
    features = base.get_layer("features").output
    unnamed = keras.Model(base.inputs, [layers.Dense(3)(features), layers.Dense(1)(features)])
    expect_failure(
        lambda: grafting_networks.check_output_names(unnamed, ["kind", "hours"]),
        [r"^✗ Names of the outputs$", r"were not given the task's names", r"name='kind'"],
    )


def test_variables_frozen_one_by_one_leave_batchnorm_in_training_mode():
    base = base_model()
    model = graft(base)
    for variable in base.weights:
        variable.trainable = False
    norm = base.get_layer("norm")
    moving = norm.moving_mean.numpy().copy()
    expect_failure(
        lambda: grafting_networks.check_inference_mode(model, norm, X),
        [r"the variables were frozen one by one", r"set trainable = False on 'norm'"],
    )
    np.testing.assert_array_equal(norm.moving_mean.numpy(), moving)  # put back
    step = one_step(model, X, Y)
    expect_failure(
        lambda: grafting_networks.check_frozen_in_fit(step, model, norm),
        [r"the variables were frozen one by one"],
    )
    norm.trainable = False
    grafting_networks.check_inference_mode(model, norm, X)


def test_check_learning_rate_names_the_reused_optimizer():
    model = compiled(keras.optimizers.SGD(0.1))
    given = model.optimizer
    model.compile(optimizer=given, loss="mse")
    expect_failure(
        lambda: grafting_networks.check_learning_rate(model, at_most=1e-3, given=given),
        [r"compiled again with its own optimizer \(model.optimizer\)"],
    )


def test_check_loss():
    model = compiled(keras.optimizers.SGD(0.01))
    grafting_networks.check_loss(model, X, Y, loss="mse")
    expect_failure(
        lambda: grafting_networks.check_loss(model, X, Y, loss="categorical_crossentropy"),
        [r"compiled with the loss mse where the task asks for categorical_crossentropy"],
    )


def test_known_names_the_reduction_done_another_way():
    pattern_inputs = keras.Input((6,))
    maps = layers.Conv1D(3, 3, activation="relu", name="maps")(
        layers.Reshape((6, 1))(pattern_inputs)
    )
    net = keras.Model(pattern_inputs, maps)  # (None, 4, 3): 4 positions, 3 detectors
    task = ag.architecture(
        """
        x = Input(6)
        pattern_map = Net()(x)
        patterns = MaxOver(axis=1)(pattern_map)
        out = Dense(2)(patterns)
        """,
        ops=grafting_networks.given(Net=net),
    )
    x = np.linspace(-1, 1, 48, dtype="float32").reshape(8, 6)

    def model_with(reduce):
        inputs = keras.Input((6,))
        return keras.Model(inputs, layers.Dense(2)(reduce(net(inputs))))

    right = model_with(layers.GlobalMaxPooling1D())
    known = grafting_networks.known(task, "parallel_merge")
    ag.check_architecture(right, task, inputs=x, known=known)
    averaged = model_with(layers.GlobalAveragePooling1D())
    expect_failure(
        lambda: ag.check_architecture(averaged, task, inputs=x, known=known),
        [r"responses were averaged over the .* positions"],
    )
    over_detectors = model_with(layers.Lambda(lambda t: keras.ops.max(t, axis=2)))
    expect_failure(  # 4 positions, 3 detectors: the maximum over the detectors is (None, 4)
        lambda: ag.check_architecture(over_detectors, task, inputs=x, known=known),
        [r"^✗ "],
    )


# ---- causes read from the learner's flags, compile state and graph (issue 21, held-out) --


def _model_frozen_then_top_unfrozen():
    base = base_model()
    model = graft(base)
    model.trainable = False  # the model's own flag stays False ...
    base.get_layer("features").trainable = True  # ... whatever its layers' flags say
    model.get_layer("head").trainable = True
    frozen = [base.get_layer("hidden"), base.get_layer("norm")]
    return model, {"frozen": frozen, "trainable": [base.get_layer("features")]}


def _slice_from_the_input():
    base = base_model()
    model = graft(base)
    extractor = model.layers[1]
    for layer in extractor.layers[:2]:  # the InputLayer and 'hidden'
        layer.trainable = False
    frozen = [base.get_layer("hidden"), base.get_layer("norm")]
    return model, {"frozen": frozen, "trainable": [base.get_layer("features")]}


def _batchnorm_frozen_where_all_train():
    base = base_model()
    base.get_layer("norm").trainable = False
    return graft(base), {}


def _trunk_frozen_where_all_train():
    return graft(base_model(), freeze=True), {}


TRAINABLE_MECHANISMS = [
    pytest.param(
        _model_frozen_then_top_unfrozen,
        [
            r"have trainable = False: a model whose own flag is False trains none of its layers",
            r"set trainable = True on .* first",
        ],
        id="outer-model-flag-hides-the-layers-flags",
    ),
    pytest.param(
        _slice_from_the_input,
        [
            r"the layers frozen are the first 2 of '\w+'\.layers \('x', 'hidden'\); the first is "
            r"the InputLayer",
            r"'norm' was left out",
        ],
        id="slice-counted-from-the-input-layer",
    ),
    pytest.param(
        _batchnorm_frozen_where_all_train,
        [r"'norm' was frozen on its own .*: the task freezes nothing here"],
        id="batchnorm-frozen-alone-where-everything-trains",
    ),
    pytest.param(
        _trunk_frozen_where_all_train,
        [
            r"trainable = False was set on a model that holds 'hidden', 'norm', 'features', and "
            r"a model's flag reaches every layer inside it: the task freezes nothing here"
        ],
        id="trunk-frozen-where-everything-trains",
    ),
]


@pytest.mark.parametrize(("make", "patterns"), TRAINABLE_MECHANISMS)
def test_check_trainable_reads_why_from_the_flags(make, patterns):
    model, split = make()
    expect_failure(lambda: grafting_networks.check_trainable(model, **split), patterns)


def test_check_trainable_right_split_passes_after_each_mechanism_is_undone():
    model, split = _slice_from_the_input()
    split["frozen"][1].trainable = False  # 'norm' too: the split asked for
    grafting_networks.check_trainable(model, **split)
    model, _ = _trunk_frozen_where_all_train()
    model.layers[1].trainable = True
    grafting_networks.check_trainable(model)


def _retraced_without_compiling():
    model = compiled(keras.optimizers.SGD(0.1))
    model.fit(X, np.zeros((8, 2), "float32"), verbose=0)
    given = model.optimizer
    model.layers[1].get_layer("hidden").trainable = False
    model.make_train_function(force=True)
    return model, given


LEARNING_RATE_MECHANISMS = [
    pytest.param(
        lambda: (compiled("sgd"), None),
        r"0\.01, SGD's default learning rate \(what optimizer=\"sgd\" or SGD\(\) without a rate",
        id="default-rate-of-an-optimizer-given-by-name",
    ),
    pytest.param(
        _retraced_without_compiling,
        r"the model was not compiled again, so it keeps the optimizer it was first trained with",
        id="step-traced-again-keeps-the-rate",
    ),
]


@pytest.mark.parametrize(("make", "pattern"), LEARNING_RATE_MECHANISMS)
def test_check_learning_rate_reads_where_the_rate_comes_from(make, pattern):
    model, given = make()
    expect_failure(
        lambda: grafting_networks.check_learning_rate(model, at_most=1e-3, given=given),
        [pattern],
    )


def _softmax_pair(loss):
    inputs = keras.Input((3,))
    model = keras.Model(inputs, layers.Dense(2, activation="softmax")(inputs))
    model.compile(optimizer="sgd", loss=loss)
    return model


@pytest.mark.parametrize(
    "loss",
    ["categorical_crossentropy", keras.losses.CategoricalCrossentropy(), "CategoricalCrossentropy"],
    ids=["name", "object", "class-name"],
)
def test_check_loss_passes_the_named_loss_however_written(loss):
    grafting_networks.check_loss(_softmax_pair(loss), X, Y, loss="categorical_crossentropy")


def test_check_loss_names_another_loss_that_agrees_on_the_batch():
    model = _softmax_pair("binary_crossentropy")  # equal values on a 2-class softmax
    expect_failure(
        lambda: grafting_networks.check_loss(model, X, Y, loss="categorical_crossentropy"),
        [
            r"compiled with the loss binary_crossentropy where the task asks for "
            r"categorical_crossentropy: on this model's outputs and targets both give the same",
            r'loss="categorical_crossentropy"',
        ],
    )


def test_a_given_network_is_seen_through_by_structural_explanations():
    base = base_model()
    task = ag.architecture(
        """
        x = Input(3)
        features = Base("features")(x)
        out = Dense(2, "softmax")(features)
        """,
        ops=grafting_networks.given(Base=base),
    )
    extractor = extractor_of(base)
    extractor.trainable = False
    inputs = keras.Input((3,))
    hidden = layers.Dense(5, activation="relu")(extractor(inputs))
    model = keras.Model(inputs, layers.Dense(2, activation="softmax")(hidden))
    ag.expect(model, task)
    expect_failure(
        lambda: ag.check_counts(model, trainable=6),
        [r"an extra Dense\(5, activation=\"relu\"\) between the output of the features"],
    )
