# Alternative: the identity written with a loop over channels, values through Constant initializers
# Expect: pass
def fuse_repvgg(block):
    conv3 = block.get_layer("conv3")
    conv1 = block.get_layer("conv1")
    kernel = np.array(conv3.kernel)
    bias = np.array(conv3.bias) + np.array(conv1.bias)
    for i in range(4):
        for o in range(4):
            kernel[1, 1, i, o] += float(conv1.kernel[0, 0, i, o])
        kernel[1, 1, i, i] += 1.0
    return keras.Sequential(
        [
            keras.Input(shape=(8, 8, 4)),
            keras.layers.Conv2D(
                filters=4,
                kernel_size=3,
                padding="same",
                activation="relu",
                kernel_initializer=keras.initializers.Constant(kernel),
                bias_initializer=keras.initializers.Constant(bias),
            ),
        ]
    )
