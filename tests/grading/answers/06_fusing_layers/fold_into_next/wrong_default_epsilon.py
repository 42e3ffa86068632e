# Misconception: every BatchNormalization uses Keras's default epsilon, 0.001 (this one 0.01).
# Expect: fail "epsilon was taken as 0.001, Keras.s default"
def fold_batchnorm(net):
    bn = net.get_layer("bn")
    gamma, beta, mean, variance = bn.get_weights()
    scale = gamma / np.sqrt(variance + bn.epsilon)
    shift = beta - mean * scale
    kernel, bias = net.get_layer("conv").get_weights()
    scale = gamma / np.sqrt(variance + 0.001)
    shift = beta - mean * scale
    folded_kernel = kernel * scale[:, None]
    conv = keras.layers.Conv2D(4, 3, activation="relu")
    model = keras.Sequential([keras.Input(shape=(8, 8, 3)), conv])
    conv.set_weights([folded_kernel, bias + np.einsum("ijco,c->o", kernel, shift)])
    return model
