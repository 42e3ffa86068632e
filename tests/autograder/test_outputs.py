"""autograder.outputs: the model's output on fixed inputs against a reference from its weights."""

import numpy as np
import pytest

import autograder as ag
from autograder import ref
from autograder.outputs import run

keras = ag.keras

X4 = ag.fixed_inputs((4,))
X4_6 = ag.fixed_inputs((4,), (6,))
X4_4 = ag.fixed_inputs((4,), (4,))
IMAGES = ag.fixed_inputs((5, 5, 2))


def _two_inputs_reference(net, reverse=False):
    """What two_inputs computes, from its own weights (branches reversed on demand)."""
    branches = [ref.dense(X4_6[0], net.left, "relu"), ref.dense(X4_6[1], net.right, "relu")]
    return ref.dense(ref.concat(*(branches[::-1] if reverse else branches)), net.head)


def test_fixed_inputs_are_deterministic_float32_batches():
    a, b = ag.fixed_inputs((4,), (6,))
    assert (a.shape, b.shape, a.dtype) == ((2, 4), (2, 6), np.float32)
    assert np.array_equal(a, ag.fixed_inputs((4,), (6,))[0])
    assert ag.fixed_inputs((3, 3, 1), batch=5).shape == (5, 3, 3, 1)
    assert not np.array_equal(ag.fixed_inputs((4,), seed=1), X4)


PASSING = [
    pytest.param(
        lambda z: (z.relu_dense, X4, ref.dense(X4, z.relu_dense.layers[0], "relu")),
        id="dense-relu",
    ),
    pytest.param(
        lambda z: (z.conv, IMAGES, ref.conv2d(IMAGES, z.conv.layers[0], "relu")),
        id="conv2d-same-relu",
    ),
    pytest.param(
        lambda z: (z.two_inputs.model, X4_6, _two_inputs_reference(z.two_inputs)),
        id="two-branches-concatenated",
    ),
    pytest.param(
        lambda z: (
            z.shared_branches.model,
            ag.fixed_inputs((32,), (32,)),
            ref.concat(
                *(ref.dense(x, z.shared_branches.left) for x in ag.fixed_inputs((32,), (32,)))
            ),
        ),
        id="shared-dense-concatenated",
    ),
    pytest.param(
        lambda z: (z.subclassed, X4, ref.dense(X4, z.subclassed.dense)),
        id="subclassed",
    ),
]


@pytest.mark.parametrize("case", PASSING)
def test_check_outputs_passes(case, zoo):
    model, inputs, expected = case(zoo)
    assert ag.check_outputs(model, inputs, expected) is None


def _reversed_known(z):
    net = z.two_inputs_reversed
    ag.check_outputs(
        net.model,
        X4_6,
        _two_inputs_reference(net),
        known={
            "the heads swapped": (np.zeros((2, 1)), "not this", "no"),
            "the branches in reverse order": (
                _two_inputs_reference(net, reverse=True),
                "Concatenate puts its inputs in list order.",
                "concatenate [left, right], in the task's order.",
            ),
        },
    )


FAILURES = [
    pytest.param(
        lambda z: ag.check_outputs(
            z.sigmoid_dense, X4, ref.dense(X4, z.sigmoid_dense.layers[0], "relu")
        ),
        [
            r"✗ Output on a fixed batch of 2",
            r"Expected: +the output computed from your own weights, wired as the task asks",
            r"Received: +different values \(largest difference [0-9.e-]+\)",
            r"an activation differs",
            r"each layer's activation",
        ],
        id="wrong-activation",
    ),
    pytest.param(
        lambda z: ag.check_outputs(
            z.sigmoid_dense,
            X4,
            ref.dense(X4, z.sigmoid_dense.layers[0], "relu"),
            cause="the layer uses sigmoid",
            next_step="use activation='relu'",
        ),
        [r"Likely cause: the layer uses sigmoid", r"Next step: +use activation='relu'"],
        id="wrong-activation-cause-given",
    ),
    pytest.param(
        lambda z: ag.check_outputs(
            z.two_inputs_reversed.model, X4_6, _two_inputs_reference(z.two_inputs_reversed)
        ),
        [r"different values"],
        id="branches-reversed",
    ),
    pytest.param(
        _reversed_known,
        [
            r"Received: +the output of a model with the branches in reverse order",
            r"Likely cause: Concatenate puts its inputs in list order\.",
            r"Next step: +concatenate \[left, right\], in the task's order\.",
        ],
        id="known-alternative-matched",
    ),
    pytest.param(
        lambda z: ag.check_outputs(z.relu_dense, X4, np.zeros((2, 4))),
        [
            r"Expected: +an output of shape \(2, 4\)",
            r"Received: +an output of shape \(2, 3\)",
            r"another shape than the task asks",
        ],
        id="wrong-shape",
    ),
    pytest.param(
        lambda z: ag.check_outputs(z.batch_concat, X4_4, np.zeros((2, 3))),
        [r"Expected: +an output of shape \(2, 3\)", r"Received: +an output of shape \(4, 3\)"],
        id="batch-axis-doubled",
    ),
    pytest.param(
        lambda z: ag.check_outputs(z.batch_concat, X4_4, np.zeros((2, 3))),
        [r"axis 0|batch axis"],
        id="batch-axis-doubled-named",
    ),
    pytest.param(
        lambda z: ag.check_outputs(z.two_outputs, X4, np.zeros((2, 2))),
        [r"Received: +2 outputs"],
        id="two-outputs",
    ),
    pytest.param(
        lambda z: ag.check_outputs(z.broken, X4, np.zeros((2, 4))),
        [
            r"✗ Running the model on a batch",
            r"Received: +ValueError: A `Concatenate` layer requires inputs with matching shapes",
            r"batch sizes differ",
        ],
        id="model-raises-keras-error",
    ),
    pytest.param(
        lambda z: ag.check_outputs(z.two_inputs.model, X4, np.zeros((2, 1))),
        [r"✗ Running the model on a batch", r"Received: +\w+Error: "],
        id="model-given-wrong-inputs",
    ),
    pytest.param(
        lambda z: ag.check_outputs(_Raises(), X4, np.zeros((2, 3))),
        [
            r"Received: +RuntimeError: out of ideas",
            r"the model's wiring fails on real data",
            r"call your model on a small batch in a new cell",
        ],
        id="model-raises-anything",
    ),
    pytest.param(
        lambda z: ag.check_outputs(
            z.relu_dense,
            X4,
            ref.dense(X4, z.relu_dense.layers[0], "sigmoid"),
            known={"two outputs": (np.zeros((2, 6)), "never this", "no")},
        ),
        [r"different values"],
        id="known-alternative-of-another-shape",
    ),
]


class _Raises(keras.Model):
    def call(self, x):
        raise RuntimeError("out of ideas")


@pytest.mark.parametrize(("trigger", "patterns"), FAILURES)
def test_check_outputs_fails(trigger, patterns, fails):
    fails(trigger, patterns)


RUN = [
    pytest.param(lambda z: (z.relu_dense, X4), (2, 3), id="one-output"),
    pytest.param(lambda z: (z.two_outputs, X4), [(2, 2), (2, 3)], id="list-of-outputs"),
    pytest.param(lambda z: (z.batch_concat, X4_4), (4, 3), id="batch-concat"),
]


@pytest.mark.parametrize(("case", "shapes"), RUN)
def test_run_returns_numpy(case, shapes, zoo):
    out = run(*case(zoo))
    outs = out if isinstance(out, list) else [out]
    assert all(isinstance(o, np.ndarray) for o in outs)
    assert [o.shape for o in outs] == (shapes if isinstance(shapes, list) else [shapes])


def test_run_keeps_warnings_off_stderr(zoo, capsys):
    run(zoo.relu_dense, X4.astype("float64"))
    assert capsys.readouterr().err == ""


# ---- Chosen weights: both signs at every layer, whatever the seed or variable order ----


def _fusion(head_act=None, branch_act="relu", head_first=False):
    """Three branches averaged under a Dense(1) head; layers made in either order."""
    head = keras.layers.Dense(1, activation=head_act) if head_first else None
    inputs = [keras.Input((n,)) for n in (3, 5, 7)]
    branches = [keras.layers.Dense(4, activation=branch_act)(t) for t in inputs]
    head = head or keras.layers.Dense(1, activation=head_act)
    return keras.Model(inputs, head(keras.layers.Average()(branches)))


def _conv_head(head_act=None, head_first=False):
    """A Conv2D, pooled, under a Dense(2) head; layers made in either order."""
    head = keras.layers.Dense(2, activation=head_act) if head_first else None
    images = keras.Input((5, 5, 2))
    x = keras.layers.Conv2D(3, 3, activation="relu")(images)
    head = head or keras.layers.Dense(2, activation=head_act)
    return keras.Model(images, head(keras.layers.GlobalAveragePooling2D()(x)))


FUSION_X = ag.fixed_inputs((3,), (5,), (7,), batch=16)
IMAGES_8 = ag.fixed_inputs((5, 5, 2), batch=8)
EXPOSED = [
    pytest.param(
        lambda o: _fusion(head_first=o),
        lambda o: _fusion("relu", head_first=o),
        FUSION_X,
        id="relu-head",
    ),
    pytest.param(
        lambda o: _fusion(head_first=o),
        lambda o: _fusion(branch_act=None, head_first=o),
        FUSION_X,
        id="branches-without-relu",
    ),
    pytest.param(
        lambda o: _conv_head(head_first=o),
        lambda o: _conv_head("relu", head_first=o),
        IMAGES_8,
        id="relu-head-on-conv",
    ),
    pytest.param(
        lambda o: _conv_head(head_first=o),
        lambda o: _conv_head("sigmoid", head_first=o),
        IMAGES_8,
        id="sigmoid-head-on-conv",
    ),
]


@pytest.mark.parametrize(("right", "wrong", "x"), EXPOSED)
@pytest.mark.parametrize("head_first", [False, True], ids=["head-made-last", "head-made-first"])
@pytest.mark.parametrize("seed", [0, 1, 2, 3, 4])
def test_chosen_weights_expose_an_activation_whatever_the_seed_and_order(
    right, wrong, x, head_first, seed
):
    """Both models get the same chosen weights; their outputs differ on the check's inputs."""
    keras.utils.set_random_seed(seed)
    a, b = right(head_first), wrong(head_first)
    with ag.chosen_weights(a, inputs=x, seed=seed):
        want = run(a, x)
    with ag.chosen_weights(b, inputs=x, seed=seed):
        got = run(b, x)
    assert (want < 0).any() and (want > 0).any()
    assert not np.allclose(want, got, atol=1e-3)


def test_chosen_weights_centre_each_unit_on_the_checks_inputs():
    """Every unit of every Dense/Conv layer has pre-activations of both signs on `inputs`."""
    model = _fusion("relu")
    pre = keras.Model(model.inputs, [layer.output for layer in model.layers if layer.weights])
    for layer in model.layers:
        if layer.weights:
            layer.activation = keras.activations.linear
    with ag.chosen_weights(model, inputs=FUSION_X):
        for values in run(pre, FUSION_X):
            assert ((values < 0).any(axis=0) & (values > 0).any(axis=0)).all()


def test_chosen_weights_leave_a_model_that_does_not_run_to_the_next_check():
    model = _fusion()
    with ag.chosen_weights(model, inputs=[X4]):  # wrong inputs: no centring, no error
        assert all(np.isfinite(np.asarray(v)).all() for v in model.weights)
