# Alternative: explicit loops over channels, values through Constant initializers
# Expect: pass
def fold_batchnorm(net):
    gamma, beta, mean, var = net.get_layer("bn").get_weights()
    eps = net.get_layer("bn").epsilon
    kernel, bias = net.get_layer("conv").get_weights()
    new_kernel = kernel.copy()
    new_bias = bias.copy()
    for c in range(3):
        s = gamma[c] / np.sqrt(var[c] + eps)
        t = beta[c] - mean[c] * s
        new_kernel[:, :, c, :] = kernel[:, :, c, :] * s
        new_bias += t * kernel[:, :, c, :].sum(axis=(0, 1))
    return keras.Sequential(
        [
            keras.Input(shape=(8, 8, 3)),
            keras.layers.Conv2D(
                4,
                (3, 3),
                padding="valid",
                activation="relu",
                use_bias=True,
                kernel_initializer=keras.initializers.Constant(new_kernel),
                bias_initializer=keras.initializers.Constant(new_bias),
            ),
        ]
    )
