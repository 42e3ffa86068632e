"""autograder.reference: NumPy references from a layer's own weights agree with Keras."""

import numpy as np
import pytest

import autograder as ag
from autograder import ref

keras = ag.keras
layers = keras.layers

X = ag.fixed_inputs((4,), batch=3)
IMAGES = ag.fixed_inputs((6, 6, 2), batch=2)


def _built(layer, shape):
    layer.build(shape)
    for variable in layer.weights:  # non-zero biases, so a missing bias would show
        variable.assign(np.random.default_rng(1).normal(size=variable.shape))
    return layer


def _keras_out(layer, x):
    return keras.ops.convert_to_numpy(layer(x))


DENSE = [
    pytest.param(None, id="linear-none"),
    pytest.param("linear", id="linear"),
    pytest.param("relu", id="relu"),
    pytest.param("sigmoid", id="sigmoid"),
    pytest.param("tanh", id="tanh"),
    pytest.param("softmax", id="softmax"),
]


@pytest.mark.parametrize("activation", DENSE)
def test_dense_agrees_with_keras(activation):
    layer = _built(layers.Dense(5, activation=activation), (None, 4))
    np.testing.assert_allclose(ref.dense(X, layer, activation), _keras_out(layer, X), atol=1e-5)


def test_dense_without_bias():
    layer = _built(layers.Dense(5, use_bias=False), (None, 4))
    np.testing.assert_allclose(ref.dense(X, layer), _keras_out(layer, X), atol=1e-5)


def test_the_task_s_activation_not_the_layer_s():
    """The reference applies the activation it is given, so a wrong one is caught."""
    layer = _built(layers.Dense(5, activation="sigmoid"), (None, 4))
    assert not np.allclose(ref.dense(X, layer, "relu"), _keras_out(layer, X))


CONV = [
    pytest.param("same", None, (2, 6, 6, 3), id="same"),
    pytest.param("valid", None, (2, 4, 4, 3), id="valid"),
    pytest.param("same", "relu", (2, 6, 6, 3), id="same-relu"),
]


@pytest.mark.parametrize(("padding", "activation", "shape"), CONV)
def test_conv2d_agrees_with_keras(padding, activation, shape):
    layer = _built(layers.Conv2D(3, 3, padding=padding, activation=activation), (None, 6, 6, 2))
    out = ref.conv2d(IMAGES, layer, activation, padding=padding)
    assert out.shape == shape
    np.testing.assert_allclose(out, _keras_out(layer, IMAGES), atol=1e-4)


CONCAT = [
    pytest.param((2, 3), (2, 4), -1, (2, 7), id="features"),
    pytest.param((2, 3), (2, 3), 0, (4, 3), id="batch-axis"),
    pytest.param((2, 5, 5, 1), (2, 5, 5, 2), -1, (2, 5, 5, 3), id="channels"),
]


@pytest.mark.parametrize(("a", "b", "axis", "shape"), CONCAT)
def test_concat_agrees_with_keras(a, b, axis, shape):
    xa, xb = np.ones(a, "float32"), np.zeros(b, "float32")
    out = ref.concat(xa, xb, axis=axis)
    assert out.shape == shape
    np.testing.assert_array_equal(out, _keras_out(layers.Concatenate(axis=axis), [xa, xb]))


@pytest.mark.parametrize("name", ["relu", "sigmoid", "tanh", "softmax", "linear"])
def test_activations_agree_with_keras(name):
    x = np.linspace(-4, 4, 12, dtype="float32").reshape(3, 4)
    expected = keras.ops.convert_to_numpy(keras.activations.get(name)(x))
    np.testing.assert_allclose(ref.ACTIVATIONS[name](x), expected, atol=1e-6)
