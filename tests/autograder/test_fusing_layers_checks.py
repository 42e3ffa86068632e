"""autograder.fusing_layers: fused weights, own variables, one layer, the same function, diagnoses.

(A topic's checks and its explorer share the topic's name, and pytest's default import
mode needs unique basenames: the explorer's tests are tests/explorers/test_<topic>.py,
the checks' tests tests/autograder/test_<topic>_checks.py.)
"""

from __future__ import annotations

import re

import numpy as np
import pytest

import autograder as ag
from autograder import fusing_layers, keras_errors

keras = ag.keras
layers = keras.layers

X = np.random.default_rng(0).normal(size=(16, 5)).astype("float32")
IMAGES = np.random.default_rng(1).normal(size=(4, 6, 6, 2)).astype("float32")
LABELS = ("Expected:", "Received:", "Likely cause:", "Next step:")


def randomised(model, seed):
    rng = np.random.default_rng(seed)
    for v in model.weights:
        values = rng.normal(0.0, 0.5, v.shape)
        if "moving_variance" in v.path:
            values = 0.02 + np.abs(values)
        v.assign(values.astype("float32"))
    return model


def pair(seed=0):
    """Input(5) -> 'first' Dense(7) -> 'second' Dense(3), linear."""
    model = keras.Sequential(
        [keras.Input((5,)), layers.Dense(7, name="first"), layers.Dense(3, name="second")]
    )
    return randomised(model, seed)


def branches(seed=0):
    """Input(5) -> 'a' Dense(2, relu), 'b' Dense(4, relu), concatenated."""
    x = keras.Input((5,))
    a, b = (
        layers.Dense(2, activation="relu", name="a"),
        layers.Dense(4, activation="relu", name="b"),
    )
    return randomised(keras.Model(x, layers.Concatenate()([a(x), b(x)])), seed)


def conv_bn(seed=0, use_bias=False):
    """Input(6, 6, 2) -> 'conv' Conv2D(3, 3, same) -> 'bn' BatchNormalization(epsilon=0.01)."""
    model = keras.Sequential(
        [
            keras.Input((6, 6, 2)),
            layers.Conv2D(3, 3, padding="same", use_bias=use_bias, name="conv"),
            layers.BatchNormalization(epsilon=0.01, name="bn"),
        ]
    )
    return randomised(model, seed)


def dense_model(kernel, bias, activation=None):
    layer = layers.Dense(kernel.shape[1], activation=activation)
    model = keras.Sequential([keras.Input((kernel.shape[0],)), layer])
    layer.set_weights([np.asarray(kernel, "float32"), np.asarray(bias, "float32")])
    return model, layer


def conv_model(kernel, bias):
    layer = layers.Conv2D(kernel.shape[-1], 3, padding="same")
    model = keras.Sequential([keras.Input((6, 6, kernel.shape[2])), layer])
    layer.set_weights([np.asarray(kernel, "float32"), np.asarray(bias, "float32")])
    return model, layer


def expect_failure(check, patterns):
    with pytest.raises(ag.CheckFailed) as caught:
        check()
    message = str(caught.value)
    for label in LABELS:
        assert label in message
    for pattern in patterns:
        assert re.search(pattern, message), message


# --------------------------------------------------------------------------- combined weights


def test_fused_linear_is_the_product_with_the_first_bias_carried():
    original = pair()
    first, second = original.get_layer("first"), original.get_layer("second")
    kernel, bias = fusing_layers.fused_linear([first, second])
    w1, b1 = first.get_weights()
    w2, b2 = second.get_weights()
    np.testing.assert_allclose(kernel, w1 @ w2, rtol=1e-5)
    np.testing.assert_allclose(bias, b1 @ w2 + b2, rtol=1e-5, atol=1e-6)
    fused, _ = dense_model(kernel, bias)
    np.testing.assert_allclose(fused(X), original(X), atol=1e-5)


def test_concatenated_puts_kernels_side_by_side_in_order():
    model = branches()
    kernel, bias = fusing_layers.concatenated([model.get_layer("a"), model.get_layer("b")])
    assert kernel.shape == (5, 6) and bias.shape == (6,)
    fused, _ = dense_model(kernel, bias, "relu")
    np.testing.assert_allclose(fused(X), model(X), atol=1e-5)


@pytest.mark.parametrize("use_bias", [False, True])
def test_folded_gives_the_block_in_inference_mode(use_bias):
    block = conv_bn(use_bias=use_bias)
    kernel, bias = fusing_layers.folded(block.get_layer("conv"), block.get_layer("bn"))
    fused, _ = conv_model(kernel, bias)
    np.testing.assert_allclose(fused(IMAGES), block(IMAGES, training=False), atol=1e-4)
    assert np.max(np.abs(fused(IMAGES) - block(IMAGES, training=True))) > 0.1


def test_bn_scale_shift_uses_the_layers_own_epsilon():
    bn = conv_bn().get_layer("bn")
    gamma, beta, mean, variance = bn.get_weights()
    scale, shift = fusing_layers.bn_scale_shift(bn)
    np.testing.assert_allclose(scale, gamma / np.sqrt(variance + 0.01), rtol=1e-6)
    np.testing.assert_allclose(shift, beta - mean * scale, rtol=1e-6, atol=1e-7)


# --------------------------------------------------------------------------- own variables, one layer


def test_own_variables_pass_for_a_new_model_and_fail_for_shared_layers():
    original = pair()
    fused, _ = dense_model(*fusing_layers.fused_linear([original.layers[0], original.layers[1]]))
    assert fusing_layers.check_own_variables(fused, original) is None
    reused = keras.Sequential([keras.Input((5,)), original.get_layer("first"), layers.Dense(3)])
    expect_failure(
        lambda: fusing_layers.check_own_variables(reused, original),
        [
            r"2 of its variables are the original's own: \S*first/kernel, \S*first/bias \(layer 'first'\)",
            r"sharing instead of new variables",
        ],
    )


def test_one_layer_returns_it_and_names_layers_kept():
    fused, layer = dense_model(np.zeros((5, 3)), np.zeros(3))
    assert fusing_layers.check_one_layer(fused, layers.Dense, kernel_shape=(5, 3)) is layer
    two = keras.Sequential([keras.Input((5,)), layers.Dense(7), layers.Dense(3)])
    expect_failure(
        lambda: fusing_layers.check_one_layer(two, layers.Dense, kernel_shape=(5, 3)),
        [r"Received: +2 layers with weights", r"not fused"],
    )
    kept_bn = keras.Sequential(
        [keras.Input((6, 6, 2)), layers.Conv2D(3, 3), layers.BatchNormalization()]
    )
    expect_failure(
        lambda: fusing_layers.check_one_layer(kept_bn, layers.Conv2D, kernel_shape=(3, 3, 2, 3)),
        [r"the BatchNormalization is still there"],
    )


def test_one_layer_refuses_other_layers_that_compute_but_not_an_activation_layer():
    def model(*after, merge=False):
        x = keras.Input((6, 6, 2))
        conv = layers.Conv2D(2, 3, padding="same")
        y = layers.Add()([conv(x), x]) if merge else conv(x)
        for layer in after:
            y = layer(y)
        return keras.Model(x, y)

    shape = (3, 3, 2, 2)
    assert fusing_layers.check_one_layer(model(layers.ReLU()), layers.Conv2D, kernel_shape=shape)
    expect_failure(
        lambda: fusing_layers.check_one_layer(model(merge=True), layers.Conv2D, kernel_shape=shape),
        [r"Received: +also Add", r"a merge layer \(Add\) still combines the model's input"],
    )
    scaled = model(layers.Lambda(lambda t: t * 2.0))
    expect_failure(
        lambda: fusing_layers.check_one_layer(scaled, layers.Conv2D, kernel_shape=shape),
        [r"the model computes with Lambda: part of the function happens outside"],
    )


# --------------------------------------------------------------------------- the same function


def test_same_function_passes_within_tolerance():
    original = pair()
    kernel, bias = fusing_layers.fused_linear([original.layers[0], original.layers[1]])
    fused, _ = dense_model(kernel, bias + 1e-6)  # rounding-sized difference
    assert fusing_layers.check_same_function(fused, original, X) is None


def test_same_function_with_another_output_shape():
    fused, _ = dense_model(np.zeros((5, 4)), np.zeros(4))
    expect_failure(
        lambda: fusing_layers.check_same_function(fused, pair(), X),
        [r"an output of shape \(16, 3\)", r"Received: +an output of shape \(16, 4\)"],
    )


def _pair_case(name):
    original = pair()
    first, second = original.get_layer("first"), original.get_layer("second")
    w1, b1 = first.get_weights()
    w2, b2 = second.get_weights()
    kernel, bias = {
        "first bias dropped": (w1 @ w2, b2),
        "last bias dropped": (w1 @ w2, b1 @ w2),
        "zero bias": (w1 @ w2, np.zeros(3)),
        "one kernel only": (w1[:, :3], b1 @ w2 + b2),
        "another kernel": (w1 @ w2 + 1.0, b1 @ w2 + b2),
        "another bias": (w1 @ w2, b1 @ w2 + b2 + 1.0),
        "rounded": (np.round(w1 @ w2, 2), b1 @ w2 + b2),
        "clipped": (np.maximum(w1 @ w2, 0.0), b1 @ w2 + b2),
        "bias rounded": (w1 @ w2, np.round(b1 @ w2 + b2, 1)),
    }[name]
    fused, layer = dense_model(kernel, bias)
    return fused, original, fusing_layers.linear_chain(layer, [first, second])


@pytest.mark.parametrize(
    ("case", "pattern"),
    [
        ("first bias dropped", r"the fused bias is only the last layer's"),
        ("last bias dropped", r"the last layer's own bias b2 was left out"),
        ("zero bias", r"the fused layer's bias is zero"),
        ("another kernel", r"is not the product W1 @ W2"),
        ("another bias", r"the fused kernel is right \(W1 @ W2\) but the bias is not"),
        ("rounded", r"the fused kernel is the product W1 @ W2 rounded to 2 decimals"),
        ("clipped", r"with its negative values set to 0 \(a ReLU or np\.maximum"),
        ("bias rounded", r"the fused kernel is right, but the fused bias is .* rounded to 1 "),
    ],
)
def test_linear_chain_names_the_mistake(case, pattern):
    fused, original, diagnose = _pair_case(case)
    expect_failure(
        lambda: fusing_layers.check_same_function(fused, original, X, diagnose=diagnose),
        [r"Same function as the original model", pattern],
    )


def test_one_kernel_of_the_chain_is_named():
    original = keras.Sequential([keras.Input((3,)), layers.Dense(3), layers.Dense(3)])
    randomised(original, 4)
    first, second = original.layers
    fused, layer = dense_model(second.kernel.numpy(), second.bias.numpy())
    diagnose = fusing_layers.linear_chain(layer, [first, second])
    expect_failure(
        lambda: fusing_layers.check_same_function(fused, original, X[:, :3], diagnose=diagnose),
        [r"one of the original kernels, not their product"],
    )


@pytest.mark.parametrize(
    ("case", "pattern"),
    [
        (
            "swapped",
            r"side by side in the order 'b', 'a', not in the order of the original's "
            r"Concatenate \('a', 'b'\)",
        ),
        ("zero bias", r"the wide layer's bias is zero"),
        ("biases swapped", r"the biases are not in that same order"),
        ("another kernel", r"not the branches' kernels side by side along the units axis"),
    ],
)
def test_side_by_side_names_the_mistake(case, pattern):
    model = branches()
    a, b = model.get_layer("a"), model.get_layer("b")
    kernel, bias = fusing_layers.concatenated([a, b])
    if case == "swapped":
        kernel, bias = fusing_layers.concatenated([b, a])
    elif case == "zero bias":
        bias = np.zeros_like(bias)
    elif case == "biases swapped":
        bias = fusing_layers.concatenated([b, a])[1]
    else:
        kernel = kernel * 2.0
    fused, layer = dense_model(kernel, bias, "relu")
    expect_failure(
        lambda: fusing_layers.check_same_function(
            fused, model, X, diagnose=fusing_layers.side_by_side(layer, [a, b])
        ),
        [pattern],
    )


def _fold_case(block, case):
    conv, bn = block.get_layer("conv"), block.get_layer("bn")
    (k,) = conv.get_weights()
    gamma, beta, mean, variance = bn.get_weights()
    right = gamma / np.sqrt(variance + bn.epsilon)
    maps = conv(IMAGES).numpy()
    batch_mean, batch_var = maps.mean(axis=(0, 1, 2)), maps.var(axis=(0, 1, 2))
    batch_scale = gamma / np.sqrt(batch_var + bn.epsilon)
    scale, bias = {
        "epsilon left out": (gamma / np.sqrt(variance), None),
        "default epsilon": (gamma / np.sqrt(variance + 1e-3), None),
        "moving statistics ignored": (gamma, beta),
        "moving mean ignored": (right, beta),
        "sqrt forgotten": (gamma / (variance + bn.epsilon), None),
        "kernel divided": (1.0 / right, beta - mean * right),
        "kernel unscaled": (np.ones_like(gamma), beta - mean * right),
        "zero bias": (right, np.zeros_like(beta)),
        "batch statistics": (batch_scale, beta - batch_mean * batch_scale),
        "another bias": (right, beta - mean * right + 1.0),
        "another scale": (right * 1.5, beta - mean * right),
        "gamma left out": (1.0 / np.sqrt(variance + bn.epsilon), None),
        "beta left out": (right, -mean * right),
    }[case]
    if bias is None:
        bias = beta - mean * scale
    return conv_model(k * scale, bias), conv, bn


@pytest.mark.parametrize(
    ("case", "pattern"),
    [
        ("epsilon left out", r"epsilon was left out: .*sqrt\(moving_variance \+ 0\.01\)"),
        ("default epsilon", r"epsilon was taken as 0\.001, Keras's default"),
        ("moving statistics ignored", r"the moving statistics ignored"),
        ("moving mean ignored", r"the moving mean ignored"),
        ("sqrt forgotten", r"the square root was left out"),
        ("kernel divided", r"divided by the scale instead of multiplied"),
        ("kernel unscaled", r"the kernel was left unscaled"),
        ("zero bias", r"the folded layer's bias is zero"),
        ("batch statistics", r"the statistics of a batch were used instead of the moving ones"),
        ("another bias", r"the folded kernel is right, but the bias is not"),
        ("another scale", r"scaled by another factor than the moving statistics give"),
        ("gamma left out", r"gamma was left out"),
        ("beta left out", r"beta was left out of the bias"),
    ],
)
def test_folded_batchnorm_names_the_mistake(case, pattern):
    block = conv_bn()
    (fused, layer), conv, bn = _fold_case(block, case)
    diagnose = fusing_layers.folded_batchnorm(layer, conv, bn, inputs=IMAGES)
    expect_failure(
        lambda: fusing_layers.check_same_function(fused, block, IMAGES, diagnose=diagnose),
        [pattern],
    )


def test_copied_and_given_weights_name_their_mistakes():
    original = pair(seed=1)
    second = original.get_layer("second")
    fresh, layer = dense_model(np.ones((7, 3)), np.zeros(3))
    assert fusing_layers.copied(layer, layer)() is None
    found = fusing_layers.copied(layer, second)()
    assert "holds other values" in found.cause and "second.get_weights()" in found.next_step
    # a model that computes the first pair's function, checked against a second pair
    first_pair, other = pair(seed=1), pair(seed=2)
    kernel, bias = fusing_layers.fused_linear(first_pair.layers)
    stale, _ = dense_model(kernel, bias)
    expect_failure(
        lambda: fusing_layers.check_same_function(
            stale, other, X, diagnose=fusing_layers.given_weights(stale, first_pair, X)
        ),
        [r"do not come from the network given to the function"],
    )
    assert fusing_layers.given_weights(fresh, first_pair, X)() is None


def test_same_function_without_a_diagnosis_falls_back_to_its_own_words():
    fused, _ = dense_model(np.ones((5, 3)), np.zeros(3))
    expect_failure(
        lambda: fusing_layers.check_same_function(fused, pair(), X),
        [r"the fused model computes another function"],
    )


# --------------------------------------------------------------------------- errors explained


def _transposed_into_dense():
    layer = layers.Dense(3)
    layer.build((None, 5))
    layer.set_weights([np.zeros((3, 5), "float32"), np.zeros(3, "float32")])


@pytest.mark.parametrize(
    ("make", "pattern"),
    [
        (lambda: np.zeros((7, 3)) @ np.zeros((5, 7)), r"kernels multiplied in the wrong order"),
        (
            lambda: np.concatenate([np.zeros((5, 2)), np.zeros((5, 4))], axis=0),
            r"concatenated along the wrong axis",
        ),
        (_transposed_into_dense, r"the fused kernel is transposed: .*\(5, 3\) here"),
        (
            lambda: layers.Dense(3, weights=[np.zeros((5, 3)), np.zeros(3)]),
            r"Keras 3 layers take no weights= argument \(Keras 2 did\): Dense refuses it",
        ),
    ],
    ids=["matmul order", "concatenate axis", "transposed kernel", "weights keyword"],
)
def test_fusing_context_explains_numpys_and_keras_errors(make, pattern):
    with pytest.raises(ValueError) as caught:
        make()
    explained = keras_errors.explain(caught.value, context="fusing")
    assert explained is not None and re.search(pattern, explained.cause), explained
    other = keras_errors.explain(caught.value, context="sharing")  # only in this topic's cells
    assert other is None or not re.search(pattern, other.cause)


# --------------------------------------------------------------------------- mechanisms (issue 21)


def test_a_fused_layer_in_float16_is_named_by_its_dtype_not_its_weights():
    original = pair(seed=3)
    kernel, bias = fusing_layers.fused_linear(original.layers)
    layer = layers.Dense(3, dtype="float16")
    fused = keras.Sequential([keras.Input((5,)), layer])
    layer.set_weights([kernel.astype("float16"), bias.astype("float16")])
    expect_failure(
        lambda: fusing_layers.check_same_function(
            fused, original, X, diagnose=fusing_layers.linear_chain(layer, original.layers)
        ),
        [r"the fused layer computes in float16 \(its dtype\), not float32", r"dtype='float16'"],
    )
    exact, _ = dense_model(kernel, bias)
    fusing_layers.check_same_function(exact, original, X)  # float32: within the tolerance


def test_check_other_network_runs_the_function_on_the_network_given():
    first = pair(seed=1)

    def right(network):
        kernel, bias = fusing_layers.fused_linear(network.layers)
        return dense_model(kernel, bias)[0]

    def pasted(network):
        return right(first)  # ignores its argument

    fusing_layers.check_other_network(right, pair(seed=2), earlier=first, inputs=X, what="b")
    expect_failure(
        lambda: fusing_layers.check_other_network(
            pasted, pair(seed=2), earlier=first, inputs=X, what="a second pair"
        ),
        [r"^✗ Same function as a second pair", r"do not come from the network given"],
    )


# --------------------------------------------------------------------------- added branches


def repvgg(seed=0):
    """Input(6, 6, 3) -> 'conv3' Conv2D(3, 3, same) + 'conv1' Conv2D(3, 1) + the input."""
    x = keras.Input((6, 6, 3))
    conv3 = layers.Conv2D(3, 3, padding="same", name="conv3")
    conv1 = layers.Conv2D(3, 1, name="conv1")
    return randomised(keras.Model(x, layers.Add()([conv3(x), conv1(x), x])), seed)


MAPS = np.random.default_rng(2).normal(size=(4, 6, 6, 3)).astype("float32")


def test_added_gives_the_block_as_one_convolution():
    block = repvgg()
    kernel, bias = fusing_layers.added(block.get_layer("conv3"), block.get_layer("conv1"))
    fused, _ = conv_model(kernel, bias)
    fusing_layers.check_same_function(fused, block, MAPS)


def test_identity_kernel_copies_each_channel():
    eye = fusing_layers.identity_kernel(3)
    assert eye.shape == (3, 3, 3, 3)
    assert np.array_equal(eye[1, 1], np.eye(3)) and eye.sum() == 3


@pytest.mark.parametrize(
    ("case", "pattern"),
    [
        ("no identity", r"the identity branch was left out"),
        ("identity ones", r"the identity was written as ones from every channel"),
        ("broadcast", r"the 1×1 kernel was added at every position of the 3×3 window"),
        ("corner", r"the 1×1 kernel sits at the window's corner"),
        ("no 1x1", r"the 1×1 branch was left out"),
        ("averaged", r"the three kernels were averaged"),
        ("identity in bias", r"the identity branch was put into the bias, as a constant"),
        ("b1 left out", r"the 1×1 branch's bias b1 was left out of the fused bias"),
        ("zero bias", r"the bias forgotten: the fused bias is zero"),
        ("doubled", r"the sum of the three branches' kernels times 2: .*each branch once"),
        ("another kernel", r"not the sum of the three branches written as 3×3 kernels"),
        ("1x1 transposed", r"the 1×1 kernel was transposed \(k1\[0, 0\]\.T\)"),
        ("product", r"the 3×3 kernel was multiplied by the 1×1 one \(k3 @ k1"),
        (
            "index 2",
            r"the 1×1 kernel and the identity \(np\.eye\) sit at kernel\[2, 2\], not at the "
            r"window's centre kernel\[1, 1\]",
        ),
        (
            "identity everywhere",
            r"the identity \(np\.eye\) sits at every position of the 3×3 window",
        ),
    ],
)
def test_added_branches_names_the_mistake(case, pattern):
    block = repvgg()
    conv3, conv1 = block.get_layer("conv3"), block.get_layer("conv1")
    kernel, bias = fusing_layers.added(conv3, conv1)
    k3, b3 = conv3.get_weights()
    k1, _ = conv1.get_weights()
    one, eye = fusing_layers.centred(k1), fusing_layers.identity_kernel(3)
    if case == "no identity":
        kernel = k3 + one
    elif case == "identity ones":
        kernel = k3 + one + fusing_layers.centred(np.ones((1, 1, 3, 3)))
    elif case == "broadcast":
        kernel = k3 + k1 + eye
    elif case == "corner":
        kernel = k3 + np.pad(k1, ((0, 2), (0, 2), (0, 0), (0, 0))) + eye
    elif case == "no 1x1":
        kernel = k3 + eye
    elif case == "averaged":
        kernel = kernel / 3
    elif case == "identity in bias":
        kernel, bias = k3 + one, bias + 1.0
    elif case == "b1 left out":
        bias = b3
    elif case == "zero bias":
        bias = np.zeros_like(bias)
    elif case == "doubled":
        kernel = kernel * 2.0
    elif case == "1x1 transposed":
        kernel = k3 + fusing_layers.centred(k1.transpose(0, 1, 3, 2)) + eye
    elif case == "product":
        kernel = np.einsum("hwio,op->hwip", k3, k1[0, 0]) + eye
    elif case == "index 2":
        kernel = k3.astype("float64")
        kernel[2, 2] += k1[0, 0] + np.eye(3)
    elif case == "identity everywhere":
        kernel = k3 + one + np.eye(3)
    else:
        kernel = kernel + np.random.default_rng(9).normal(size=kernel.shape)
    fused, layer = conv_model(kernel, bias)
    diagnose = fusing_layers.added_branches(layer, conv3, conv1)
    expect_failure(
        lambda: fusing_layers.check_same_function(fused, block, MAPS, diagnose=diagnose),
        [pattern],
    )


# --------------------------------------------------------------------------- BN before a conv


def bn_conv(seed=0):
    """Input(6, 6, 2) -> 'bn' BatchNormalization(epsilon=0.01) -> 'conv' Conv2D(3, 3)."""
    model = keras.Sequential(
        [
            keras.Input((6, 6, 2)),
            layers.BatchNormalization(epsilon=0.01, name="bn"),
            layers.Conv2D(3, 3, name="conv"),
        ]
    )
    return randomised(model, seed)


def valid_conv_model(kernel, bias):
    layer = layers.Conv2D(kernel.shape[-1], 3)
    model = keras.Sequential([keras.Input((6, 6, kernel.shape[2])), layer])
    layer.set_weights([np.asarray(kernel, "float32"), np.asarray(bias, "float32")])
    return model, layer


def test_folded_into_next_gives_the_block_in_inference_mode():
    block = bn_conv()
    kernel, bias = fusing_layers.folded_into_next(block.get_layer("bn"), block.get_layer("conv"))
    fused, _ = valid_conv_model(kernel, bias)
    fusing_layers.check_same_function(fused, block, IMAGES)


@pytest.mark.parametrize(
    ("case", "pattern"),
    [
        ("unscaled", r"the kernel was left unscaled"),
        ("divided", r"divided by the scale instead of multiplied"),
        ("shift left out", r"the shift was left out of the bias"),
        ("centre only", r"carried through the centre of the window only"),
        ("beta", r"the shift was taken as beta"),
        ("conv bias left out", r"the convolution's own bias was left out"),
        (
            "gamma beta swapped",
            r"reading it as \(beta, gamma, moving_mean, moving_variance\), but Keras returns "
            r"gamma, beta, moving_mean, moving_variance",
        ),
        (
            "mean variance swapped",
            r"reading it as \(gamma, beta, moving_variance, moving_mean\).*a NaN comes from",
        ),
        ("no square root", r"the square root was left out"),
        ("height axis", r"scaled along its height \(axis 0\), not along its input channels"),
        ("mean added", r"the moving mean's term was added to the shift, not subtracted"),
        ("same number", r"the same number \(\S+\) was added to every output channel's bias"),
        ("batch statistics", r"the statistics of a batch .* were used, not BN's moving_mean"),
    ],
)
def test_batchnorm_then_conv_names_the_mistake(case, pattern):
    block = bn_conv()
    bn, conv = block.get_layer("bn"), block.get_layer("conv")
    kernel, bias = fusing_layers.folded_into_next(bn, conv)
    k, b = conv.get_weights()
    scale, shift = fusing_layers.bn_scale_shift(bn)
    gamma, beta, mean, variance = (w.astype("float64") for w in bn.get_weights())

    def fold(s, t):
        return k * s[:, None], b + np.einsum("ijco,c->o", k, t)

    with np.errstate(invalid="ignore"):
        reread = {
            "gamma beta swapped": beta / np.sqrt(variance + 0.01),
            "mean variance swapped": gamma / np.sqrt(mean + 0.01),
            "no square root": gamma / (variance + 0.01),
        }
    if case in reread:
        s = reread[case]
        be, m = {
            "gamma beta swapped": (gamma, mean),
            "mean variance swapped": (beta, variance),
            "no square root": (beta, mean),
        }[case]
        kernel, bias = fold(s, be - m * s)
    elif case == "height axis":  # three numbers laid along the window's rows
        kernel = k * np.array([0.5, 2.0, 3.0])[:, None, None, None]
    elif case == "mean added":
        kernel, bias = fold(scale, beta + mean * scale)
    elif case == "same number":
        bias = b + shift.sum()
    elif case == "batch statistics":
        s = gamma / np.sqrt(IMAGES.astype("float64").var(axis=(0, 1, 2)) + 0.01)
        kernel, bias = fold(s, beta - IMAGES.astype("float64").mean(axis=(0, 1, 2)) * s)
    elif case == "unscaled":
        kernel = k
    elif case == "divided":
        kernel = k / scale[:, None]
    elif case == "shift left out":
        bias = b
    elif case == "centre only":
        bias = b + shift @ k[1, 1]
    elif case == "beta":
        bias = b + np.einsum("ijco,c->o", k, beta)
    else:
        bias = np.einsum("ijco,c->o", k, shift)
    fused, layer = valid_conv_model(kernel, bias)
    diagnose = fusing_layers.batchnorm_then_conv(layer, bn, conv, inputs=IMAGES)
    expect_failure(
        lambda: fusing_layers.check_same_function(fused, block, IMAGES, diagnose=diagnose),
        [pattern],
    )


@pytest.mark.parametrize(
    ("factor", "pattern"),
    [
        (1 / 9, r"divided by 9: it was averaged over the 3 × 3 window's 9 positions \(÷ 9\)"),
        (1 / 2, r"divided by 2: it was averaged over the 2 input channels \(÷ 2\)"),
        (1 / 18, r"averaged over all 18 weights of the window and its channels"),
        (9, r"multiplied by 9 \(the 3 × 3 window's 9 positions\) once more"),
        (-1, r"BN's shift was subtracted from the bias instead of added"),
        (1, None),  # the right bias: nothing to say
        (0.37, None),  # another multiple: no count of the kernel explains it
    ],
)
def test_shift_factor_names_a_mean_taken_where_the_convolution_sums(factor, pattern):
    """The bias's share of BN's shift, a multiple of the right one, is read from the
    learner's bias (fusing_layers._shift_factor), end to end through batchnorm_then_conv."""
    block = bn_conv()
    bn, conv = block.get_layer("bn"), block.get_layer("conv")
    k, b = conv.get_weights()
    scale, shift = fusing_layers.bn_scale_shift(bn)
    carried = np.einsum("ijco,c->o", k, shift)
    said = fusing_layers._shift_factor(factor * carried, carried, k.shape)
    if pattern is None:
        assert said is None
        return
    assert re.search(pattern, said), said
    fused, layer = valid_conv_model(k * scale[:, None], b + factor * carried)
    diagnose = fusing_layers.batchnorm_then_conv(layer, bn, conv, inputs=IMAGES)
    expect_failure(
        lambda: fusing_layers.check_same_function(fused, block, IMAGES, diagnose=diagnose),
        [pattern],
    )


def test_shift_factor_declines_a_bias_that_is_no_multiple_of_the_shift():
    k = np.arange(36, dtype="float64").reshape(3, 3, 2, 2)
    carried = np.einsum("ijco,c->o", k, np.array([1.0, -2.0]))
    assert fusing_layers._shift_factor(carried + np.array([0.5, -0.5]), carried, k.shape) is None
    assert fusing_layers._shift_factor(carried, np.zeros(2), k.shape) is None


def _set_other_layers_values():
    layer = layers.Dense(3)
    layer.build((None, 8))
    layer.set_weights([np.zeros((16, 8), "float32"), np.zeros(8, "float32")])


def _list_of_another_model():
    model = keras.Sequential([keras.Input((6,)), layers.Dense(8), layers.Dense(3)])
    model.set_weights([np.zeros((6, 8))] * 8)


def _variable_assigned_to_built_layer():
    old, new = layers.Dense(3), layers.Dense(3)
    old.build((None, 8))
    new.build((None, 8))
    new.kernel = old.kernel


@pytest.mark.parametrize(
    ("make", "pattern"),
    [
        (
            lambda: np.zeros((6, 12)) * np.zeros((12, 4)),
            r"two kernels of shapes \(6, 12\) and \(12, 4\) were combined element by element.*"
            r"chain as a matrix product",
        ),
        (
            lambda: np.zeros((3, 3, 3, 4)) * np.zeros((1, 1, 1, 3)),
            r"the 3 values \(one per input channel\) were lined up with its output channels "
            r"\(axis 3\)",
        ),
        (
            lambda: np.zeros((3, 3, 4, 4)) + np.zeros((1, 1, 6, 6)),
            r"the 1×1 kernel was padded on its channel axes",
        ),
        (
            lambda: np.zeros((4, 4)) + np.eye(8),
            r"arrays of shapes \(4, 4\) and \(8, 8\) .*size of the kernel part it joins",
        ),
        (_set_other_layers_values, r"shape \(8, 3\) an array of shape \(16, 8\): the values "),
        (_list_of_another_model, r"holds 8 arrays, but the object it was called on has 4"),
        (_variable_assigned_to_built_layer, r"new\.kernel = old\.kernel.*share the original"),
    ],
    ids=["product", "vector axis", "padded channels", "eye size", "other layer", "list", "tie"],
)
def test_fusing_context_reads_the_shapes_and_the_state(make, pattern):
    with pytest.raises(ValueError) as caught:
        make()
    explained = keras_errors.explain(caught.value, context="fusing")
    assert explained is not None and re.search(pattern, explained.cause), explained


def test_an_argument_changed_names_how_from_the_variables_that_changed():
    def writes_back(original):
        second = original.get_layer("second")
        kernel, bias = fusing_layers.fused_linear(original.layers)
        second.bias.assign(bias.astype("float32"))
        return dense_model(kernel, bias)[0]

    def runs_bn_in_training(net):
        net.get_layer("bn")(np.ones((2, 6, 6, 2), "float32"), training=True)
        return net

    expect_failure(
        lambda: ag.build(writes_back, pair()),
        [r"1 of its 4 variables hold other values: \S*second/bias", r"also written into variables"],
    )
    expect_failure(
        lambda: ag.build(runs_bn_in_training, bn_conv()),
        [r"only the moving statistics of .* changed", r"training=False"],
    )


def test_a_model_subclass_without_super_init_is_named_from_its_class():
    import linecache

    source = (
        "class NoSuperModel(keras.Model):\n"
        "    def __init__(self):\n"
        "        self.dense = keras.layers.Dense(3)\n"
        "\n"
        "    def call(self, x):\n"
        "        return self.dense(x)\n"
        "\n"
        "def build():\n"
        "    model = NoSuperModel()\n"
        "    model.build((None, 6))\n"
        "    return model\n"
    )
    filename = "/tmp/ipykernel_6060/1.py"
    linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
    names = {"keras": keras}
    exec(compile(source, filename, "exec"), names)
    with pytest.raises(AttributeError) as caught:
        names["build"]()
    explained = keras_errors.explain(caught.value)
    assert explained is not None, caught.value
    assert re.search(r"NoSuperModel\.__init__\(\) does not call super", explained.cause)


# --------------------------------------------------------------------------- values never set


def _fresh_dense(how):
    """A Dense(3) on 5 inputs whose values were set `how` (or not at all)."""
    if how == "constant initializer":
        layer = layers.Dense(3, kernel_initializer=keras.initializers.Constant(0.3))
    elif how == "he_normal, never set":
        layer = layers.Dense(3, kernel_initializer="he_normal")
    else:
        layer = layers.Dense(3)
    model = keras.Sequential([keras.Input((5,)), layer])
    if how == "kernel assigned":
        layer.kernel.assign(np.full((5, 3), 0.2, "float32"))
    elif how == "bias assigned":
        layer.bias.assign(np.ones(3, "float32"))
    return model, layer


@pytest.mark.parametrize(
    ("how", "pattern"),
    [
        ("never set", r"its values were never set: the kernel is still .* \(GlorotUniform\)"),
        ("he_normal, never set", r"its values were never set: .* initializer \(HeNormal\)"),
        ("bias assigned", r"its bias was set but its kernel never was"),
        ("kernel assigned", None),
        ("constant initializer", None),
    ],
)
def test_a_fused_layer_whose_values_were_never_set_is_named(how, pattern):
    original = pair()
    first, second = original.get_layer("first"), original.get_layer("second")
    _, layer = _fresh_dense(how)
    found = fusing_layers.linear_chain(layer, [first, second])()
    assert found is not None
    if pattern is None:  # set to wrong values: named by what they are, not as never set
        assert "never set" not in found.cause and "never was" not in found.cause, found.cause
    else:
        assert re.search(pattern, found.cause), found.cause
        assert "set_weights" in found.next_step and "Constant" in found.next_step


@pytest.mark.parametrize("never_set", [True, False])
def test_never_set_is_read_for_every_fusion(never_set):
    """The same reading in the convolutions' diagnoses and in `copied`."""
    block, folded = repvgg(), bn_conv()
    conv = layers.Conv2D(3, 3, padding="same")
    keras.Sequential([keras.Input((6, 6, 3)), conv])
    valid = layers.Conv2D(folded.get_layer("conv").filters, 3)
    keras.Sequential([keras.Input(folded.input_shape[1:]), valid])
    _, dense = _fresh_dense("never set")
    before = conv_bn()
    same = layers.Conv2D(3, 3, padding="same")
    keras.Sequential([keras.Input((6, 6, 2)), same])
    if not never_set:
        for layer in (conv, valid, dense, same):
            layer.kernel.assign(np.full(layer.kernel.shape, 0.1, "float32"))
    found = [
        fusing_layers.added_branches(conv, block.get_layer("conv3"), block.get_layer("conv1"))(),
        fusing_layers.batchnorm_then_conv(
            valid, folded.get_layer("bn"), folded.get_layer("conv")
        )(),
        fusing_layers.copied(dense, pair().get_layer("second"))(),
        fusing_layers.folded_batchnorm(same, before.get_layer("conv"), before.get_layer("bn"))(),
    ]
    for explanation in found:
        assert explanation is not None
        assert ("never set" in explanation.cause) is never_set, explanation.cause
