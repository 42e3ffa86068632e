# Alternative: kernel.assign / bias.assign on the built layer, numpy via get_weights of each layer by index
# Expect: pass
import keras
import numpy as np


def fuse_pair(pair):
    dense = [layer for layer in pair.layers if isinstance(layer, keras.layers.Dense)]
    (w1, b1), (w2, b2) = dense[0].get_weights(), dense[1].get_weights()
    inputs = keras.Input(shape=(6,))
    layer = keras.layers.Dense(4, name="fused")
    outputs = layer(inputs)
    layer.kernel.assign(np.dot(w1, w2))
    layer.bias.assign(np.dot(b1, w2) + b2)
    return keras.Model(inputs, outputs)
