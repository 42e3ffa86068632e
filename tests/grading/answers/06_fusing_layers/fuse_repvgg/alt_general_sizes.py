# Alternative: written for any block: sizes read from the layers, the identity built by a loop,
# the block's own input shape reused.
# Expect: pass
def fuse_repvgg(block):
    conv3, conv1 = block.get_layer("conv3"), block.get_layer("conv1")
    k3, b3 = conv3.get_weights()
    k1, b1 = conv1.get_weights()
    size, channels = k3.shape[0], k3.shape[-1]
    middle = size // 2
    kernel = k3.copy()
    kernel[middle, middle] += k1[0, 0]
    for channel in range(channels):
        kernel[middle, middle, channel, channel] += 1.0
    inputs = keras.Input(shape=block.input_shape[1:])
    layer = keras.layers.Conv2D(channels, size, padding="same", activation="relu")
    outputs = layer(inputs)
    layer.set_weights([kernel, b1 + b3])
    return keras.Model(inputs, outputs)
