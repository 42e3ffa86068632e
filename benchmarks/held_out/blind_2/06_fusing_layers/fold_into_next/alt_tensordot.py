# Alternative: np.tensordot for the bias, reading variables by attribute
# Expect: pass
import keras
import numpy as np


def fold_batchnorm(net):
    bn, conv = net.get_layer("bn"), net.get_layer("conv")
    gamma = bn.gamma.numpy().astype("float64")
    beta = bn.beta.numpy().astype("float64")
    mean = bn.moving_mean.numpy().astype("float64")
    var = bn.moving_variance.numpy().astype("float64")
    k = conv.kernel.numpy().astype("float64")
    b = conv.bias.numpy().astype("float64")
    scale = gamma / np.sqrt(var + bn.epsilon)
    shift = beta - mean * scale
    kernel = k * scale[:, None]
    bias = b + np.tensordot(k, shift, axes=([2], [0])).sum(axis=(0, 1))
    inputs = keras.Input(shape=(8, 8, 3))
    layer = keras.layers.Conv2D(4, 3, activation="relu", use_bias=True)
    model = keras.Model(inputs, layer(inputs))
    layer.set_weights([kernel.astype("float32"), bias.astype("float32")])
    return model
