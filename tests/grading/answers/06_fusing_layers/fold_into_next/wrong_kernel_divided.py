# Misconception: normalising divides, so the kernel is divided by the scale.
# Expect: fail "the kernel was divided by the scale instead of multiplied"
def fold_batchnorm(net):
    bn = net.get_layer("bn")
    gamma, beta, mean, variance = bn.get_weights()
    scale = gamma / np.sqrt(variance + bn.epsilon)
    shift = beta - mean * scale
    kernel, bias = net.get_layer("conv").get_weights()
    folded_kernel = kernel / scale[:, None]
    conv = keras.layers.Conv2D(4, 3, activation="relu")
    model = keras.Sequential([keras.Input(shape=(8, 8, 3)), conv])
    conv.set_weights([folded_kernel, bias + np.einsum("ijco,c->o", kernel, shift)])
    return model
