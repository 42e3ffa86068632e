# Alternative: keras.ops on the layers' variables, then assign into the built layer
# Expect: pass
from keras import ops


def fuse_pair(pair):
    first, second = pair.get_layer("first"), pair.get_layer("second")
    layer = keras.layers.Dense(4)
    layer.build((None, 6))
    layer.kernel.assign(ops.matmul(first.kernel, second.kernel))
    layer.bias.assign(ops.matmul(first.bias[None, :], second.kernel)[0] + second.bias)
    return keras.Sequential([keras.Input(shape=(6,)), layer])
