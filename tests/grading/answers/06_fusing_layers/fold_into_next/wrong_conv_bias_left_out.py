# Misconception: the folded bias is what BN adds, as in the lesson where the convolution had
# no bias of its own.
# Expect: fail "the convolution.s own bias was left out of the folded bias"
def fold_batchnorm(net):
    bn = net.get_layer("bn")
    gamma, beta, mean, variance = bn.get_weights()
    scale = gamma / np.sqrt(variance + bn.epsilon)
    shift = beta - mean * scale
    kernel, _ = net.get_layer("conv").get_weights()
    folded_kernel = kernel * scale[:, None]
    conv = keras.layers.Conv2D(4, 3, activation="relu")
    model = keras.Sequential([keras.Input(shape=(8, 8, 3)), conv])
    conv.set_weights([folded_kernel, np.einsum("ijco,c->o", kernel, shift)])
    return model
