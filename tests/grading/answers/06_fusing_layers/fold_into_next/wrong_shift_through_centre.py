# Misconception: the shift reaches the output through the centre weight of the window only,
# as a pixel through a 1×1 convolution.
# Expect: fail "the shift was carried through the centre of the window only"
def fold_batchnorm(net):
    bn = net.get_layer("bn")
    gamma, beta, mean, variance = bn.get_weights()
    scale = gamma / np.sqrt(variance + bn.epsilon)
    shift = beta - mean * scale
    kernel, bias = net.get_layer("conv").get_weights()
    folded_kernel = kernel * scale[:, None]
    conv = keras.layers.Conv2D(4, 3, activation="relu")
    model = keras.Sequential([keras.Input(shape=(8, 8, 3)), conv])
    conv.set_weights([folded_kernel, bias + shift @ kernel[1, 1]])
    return model
