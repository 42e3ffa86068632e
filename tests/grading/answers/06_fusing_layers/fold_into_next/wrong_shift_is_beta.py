# Misconception: the shift of BN is beta (the moving mean moves it too).
# Expect: fail "the shift was taken as beta"
def fold_batchnorm(net):
    bn = net.get_layer("bn")
    gamma, beta, _, variance = bn.get_weights()
    scale = gamma / np.sqrt(variance + bn.epsilon)
    kernel, bias = net.get_layer("conv").get_weights()
    folded_kernel = kernel * scale[:, None]
    conv = keras.layers.Conv2D(4, 3, activation="relu")
    model = keras.Sequential([keras.Input(shape=(8, 8, 3)), conv])
    conv.set_weights([folded_kernel, bias + np.einsum("ijco,c->o", kernel, beta)])
    return model
