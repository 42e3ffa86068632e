# Misconception: fused in place into the block's conv3 and returned a model reusing it
# Expect: fail
import keras
import numpy as np


def fuse_repvgg(block):
    conv3 = block.get_layer("conv3")
    k3, b3 = conv3.get_weights()
    k1, b1 = block.get_layer("conv1").get_weights()
    kernel = k3.copy()
    kernel[1, 1] += k1[0, 0] + np.eye(4, dtype="float32")
    conv3.set_weights([kernel, b3 + b1])
    inputs = keras.Input(shape=(8, 8, 4))
    return keras.Model(inputs, keras.layers.ReLU()(conv3(inputs)))
