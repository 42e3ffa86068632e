# Misconception: the shift reaches each output through the window averaged, not summed
# (explained by fusing_layers._shift_factor from the bias, no table entry)
# Expect: fail "averaged over the 3 × 3 window.s 9 positions \(÷ 9\)"
import keras
import numpy as np


def fold_batchnorm(net):
    bn, conv = net.get_layer("bn"), net.get_layer("conv")
    gamma, beta, mean, var = bn.get_weights()
    k, b = conv.get_weights()
    scale = gamma / np.sqrt(var + bn.epsilon)
    shift = beta - mean * scale
    inputs = keras.Input(shape=(8, 8, 3))
    layer = keras.layers.Conv2D(4, 3, activation="relu")
    model = keras.Model(inputs, layer(inputs))
    layer.set_weights([k * scale[None, None, :, None], b + np.einsum("hwio,i->o", k, shift) / 9])
    return model
