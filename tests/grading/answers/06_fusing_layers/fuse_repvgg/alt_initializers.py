# Alternative: the fused values given at construction through Constant initializers, the
# weights read from the layers' variables.
# Expect: pass
def fuse_repvgg(block):
    conv3, conv1 = block.get_layer("conv3"), block.get_layer("conv1")
    kernel = np.array(conv3.kernel.numpy())
    for c in range(4):
        kernel[1, 1, c, c] += 1.0
    kernel[1, 1] += conv1.kernel.numpy()[0, 0]
    bias = conv3.bias.numpy() + conv1.bias.numpy()
    conv = keras.layers.Conv2D(
        4,
        (3, 3),
        padding="same",
        activation="relu",
        kernel_initializer=keras.initializers.Constant(kernel),
        bias_initializer=keras.initializers.Constant(bias),
    )
    return keras.Sequential([keras.Input(shape=(8, 8, 4)), conv])
