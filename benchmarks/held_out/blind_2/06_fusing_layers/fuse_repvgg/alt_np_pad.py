# Alternative: np.pad for the 1x1 kernel and a padded eye for the identity
# Expect: pass
import keras
import numpy as np


def fuse_repvgg(block):
    k3, b3 = block.get_layer("conv3").get_weights()
    k1, b1 = block.get_layer("conv1").get_weights()
    pad = ((1, 1), (1, 1), (0, 0), (0, 0))
    identity = np.pad(np.eye(4, dtype="float32")[None, None], pad)
    kernel = k3 + np.pad(k1, pad) + identity
    inputs = keras.Input(shape=(8, 8, 4))
    conv = keras.layers.Conv2D(4, 3, padding="same", activation="relu")
    model = keras.Model(inputs, conv(inputs))
    conv.set_weights([kernel, b3 + b1])
    return model
