# Misconception: padded the 1x1 kernel at the top-left corner, np.pad((0, 2), (0, 2))
# Expect: fail
import keras
import numpy as np


def fuse_repvgg(block):
    k3, b3 = block.get_layer("conv3").get_weights()
    k1, b1 = block.get_layer("conv1").get_weights()
    k1_3 = np.pad(k1, ((0, 2), (0, 2), (0, 0), (0, 0)))
    ident = np.zeros_like(k3)
    ident[1, 1] = np.eye(4)
    inputs = keras.Input(shape=(8, 8, 4))
    conv = keras.layers.Conv2D(4, 3, padding="same", activation="relu")
    model = keras.Model(inputs, conv(inputs))
    conv.set_weights([k3 + k1_3 + ident, b3 + b1])
    return model
