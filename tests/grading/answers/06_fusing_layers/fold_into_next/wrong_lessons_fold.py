# Misconception: the lesson's fold as it is: the kernel scaled along its last axis (the
# outputs), as when BN comes after the convolution (3 scales meet 4 output channels).
# Expect: fail "the scale \(3 values, one per input channel\) was multiplied along the kernel.s last axis"
def fold_batchnorm(net):
    bn = net.get_layer("bn")
    gamma, beta, mean, variance = bn.get_weights()
    scale = gamma / np.sqrt(variance + bn.epsilon)
    shift = beta - mean * scale
    kernel, bias = net.get_layer("conv").get_weights()
    folded_kernel = kernel * scale
    conv = keras.layers.Conv2D(4, 3, activation="relu")
    model = keras.Sequential([keras.Input(shape=(8, 8, 3)), conv])
    conv.set_weights([folded_kernel, bias + np.einsum("ijco,c->o", kernel, shift)])
    return model
