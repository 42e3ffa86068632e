# Alternative: keras.ops (pad, eye, add) on the variables, assigned into a built Conv2D
# Expect: pass
from keras import ops


def fuse_repvgg(block):
    conv3, conv1 = block.get_layer("conv3"), block.get_layer("conv1")
    channels = conv3.filters
    pad = [[1, 1], [1, 1], [0, 0], [0, 0]]
    identity = ops.reshape(ops.eye(channels), (1, 1, channels, channels))
    kernel = ops.add(conv3.kernel, ops.pad(ops.add(conv1.kernel, identity), pad))
    conv = keras.layers.Conv2D(channels, 3, padding="same", activation="relu")
    conv.build((None, 8, 8, channels))
    conv.kernel.assign(kernel)
    conv.bias.assign(conv3.bias + conv1.bias)
    return keras.Sequential([keras.Input(shape=(8, 8, channels)), conv])
