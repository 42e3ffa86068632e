# Alternative: loops over the three input channels, Sequential + initializers
# Expect: pass
def fold_batchnorm(net):
    bn = net.get_layer("bn")
    gamma, beta, mean, var = bn.get_weights()
    K, b = net.get_layer("conv").get_weights()
    eps = bn.epsilon
    K2 = np.array(K, dtype="float64")
    b2 = np.array(b, dtype="float64")
    for c in range(3):
        s = gamma[c] / np.sqrt(var[c] + eps)
        t = beta[c] - mean[c] * s
        b2 += t * K[:, :, c, :].sum(axis=(0, 1))
        K2[:, :, c, :] *= s
    return keras.Sequential([keras.Input(shape=(8, 8, 3)), keras.layers.Conv2D(
        4, 3, activation="relu", use_bias=True,
        kernel_initializer=keras.initializers.Constant(K2.astype("float32")),
        bias_initializer=keras.initializers.Constant(b2.astype("float32")))])
