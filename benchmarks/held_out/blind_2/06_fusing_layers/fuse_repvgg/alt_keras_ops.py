# Alternative: keras.ops pad and eye, values assigned to the variables
# Expect: pass
import keras
from keras import ops


def fuse_repvgg(block):
    conv3, conv1 = block.get_layer("conv3"), block.get_layer("conv1")
    pad = [[1, 1], [1, 1], [0, 0], [0, 0]]
    identity = ops.reshape(ops.eye(4), (1, 1, 4, 4))
    kernel = conv3.kernel + ops.pad(conv1.kernel, pad) + ops.pad(identity, pad)
    bias = conv3.bias + conv1.bias
    inputs = keras.Input(shape=(8, 8, 4))
    conv = keras.layers.Conv2D(4, 3, padding="same", activation="relu", name="rep_conv")
    outputs = conv(inputs)
    conv.kernel.assign(kernel)
    conv.bias.assign(bias)
    return keras.Model(inputs, outputs)
