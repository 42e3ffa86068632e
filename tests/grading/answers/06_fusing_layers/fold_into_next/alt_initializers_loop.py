# Alternative: the fold computed channel by channel in a loop, given through Constant
# initializers; a separate ReLU layer.
# Expect: pass
def fold_batchnorm(net):
    gamma, beta, mean, variance = net.get_layer("bn").get_weights()
    epsilon = net.get_layer("bn").epsilon
    kernel, bias = net.get_layer("conv").get_weights()
    new_kernel = kernel.copy()
    new_bias = bias.astype("float64")
    for c in range(kernel.shape[2]):
        s = gamma[c] / np.sqrt(variance[c] + epsilon)
        new_kernel[:, :, c, :] = kernel[:, :, c, :] * s
        new_bias = new_bias + kernel[:, :, c, :].sum(axis=(0, 1)) * (beta[c] - mean[c] * s)
    conv = keras.layers.Conv2D(
        4,
        (3, 3),
        kernel_initializer=keras.initializers.Constant(new_kernel),
        bias_initializer=keras.initializers.Constant(new_bias.astype("float32")),
    )
    return keras.Sequential([keras.Input(shape=(8, 8, 3)), conv, keras.layers.ReLU()])
