# Alternative: reads BN's variables by attribute, sums the shift with loops-free tensordot
# Expect: pass
def fold_batchnorm(net):
    bn = net.get_layer("bn")
    gamma, beta, mean, var = bn.get_weights()
    K, b = net.get_layer("conv").get_weights()
    scale = np.asarray(bn.gamma) / np.sqrt(np.asarray(bn.moving_variance) + bn.epsilon)
    shift = np.asarray(bn.beta) - np.asarray(bn.moving_mean) * scale
    K2 = K * scale.reshape(1, 1, 3, 1)
    b2 = b + np.tensordot(K, shift, axes=([2], [0])).sum(axis=(0, 1))
    x = keras.Input(shape=(8, 8, 3))
    conv = keras.layers.Conv2D(4, 3, activation="relu")
    model = keras.Model(x, conv(x))
    conv.set_weights([K2.astype("float32"), b2.astype("float32")])
    return model
