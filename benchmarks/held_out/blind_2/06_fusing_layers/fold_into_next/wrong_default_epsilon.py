# Misconception: BatchNormalization's epsilon is always the default 1e-3
# Expect: fail
import keras
import numpy as np


def fold_batchnorm(net):
    bn, conv = net.get_layer("bn"), net.get_layer("conv")
    gamma, beta, mean, var = bn.get_weights()
    k, b = conv.get_weights()
    scale = gamma / np.sqrt(var + 1e-3)
    shift = beta - mean * scale
    inputs = keras.Input(shape=(8, 8, 3))
    layer = keras.layers.Conv2D(4, 3, activation="relu")
    model = keras.Model(inputs, layer(inputs))
    layer.set_weights([k * scale[None, None, :, None], b + np.einsum("hwio,i->o", k, shift)])
    return model
