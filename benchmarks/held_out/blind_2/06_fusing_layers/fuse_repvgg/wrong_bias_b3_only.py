# Misconception: the 1x1 branch's bias disappears in the fusion
# Expect: fail
import keras
import numpy as np


def fuse_repvgg(block):
    k3, b3 = block.get_layer("conv3").get_weights()
    k1, b1 = block.get_layer("conv1").get_weights()
    kernel = k3.copy()
    kernel[1, 1] += k1[0, 0] + np.eye(4, dtype="float32")
    inputs = keras.Input(shape=(8, 8, 4))
    conv = keras.layers.Conv2D(4, 3, padding="same", activation="relu")
    model = keras.Model(inputs, conv(inputs))
    conv.set_weights([kernel, b3])
    return model
