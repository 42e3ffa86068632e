# Misconception: BN divides by the variance (no square root)
# Expect: fail
def fold_batchnorm(net):
    bn = net.get_layer("bn")
    gamma, beta, mean, variance = bn.get_weights()
    scale = gamma / (variance + bn.epsilon)
    shift = beta - mean * scale
    kernel, bias = net.get_layer("conv").get_weights()
    conv = keras.layers.Conv2D(4, 3, activation="relu")
    model = keras.Sequential([keras.Input(shape=(8, 8, 3)), conv])
    conv.set_weights([kernel * scale[:, None], bias + np.einsum("hwio,i->o", kernel, shift)])
    return model
