# Misconception: the shift can go into the kernel and the folded conv needs no bias
# Expect: fail
def fold_batchnorm(net):
    bn = net.get_layer("bn")
    gamma, beta, mean, variance = bn.get_weights()
    scale = gamma / np.sqrt(variance + bn.epsilon)
    kernel, bias = net.get_layer("conv").get_weights()
    conv = keras.layers.Conv2D(4, 3, activation="relu", use_bias=False)
    model = keras.Sequential([keras.Input(shape=(8, 8, 3)), conv])
    conv.set_weights([kernel * scale[:, None]])
    return model
