# Misconception: only the two convolutions have weights to fuse; the identity can be dropped
# Expect: fail
import keras
import numpy as np


def fuse_repvgg(block):
    k3, b3 = block.get_layer("conv3").get_weights()
    k1, b1 = block.get_layer("conv1").get_weights()
    kernel = k3.copy()
    kernel[1, 1] += k1[0, 0]
    inputs = keras.Input(shape=(8, 8, 4))
    conv = keras.layers.Conv2D(4, 3, padding="same", activation="relu")
    model = keras.Model(inputs, conv(inputs))
    conv.set_weights([kernel, b3 + b1])
    return model
