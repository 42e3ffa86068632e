# Misconception: BatchNormalization's epsilon is always Keras's default 1e-3
# Expect: fail
def fold_batchnorm(net):
    gamma, beta, mean, variance = net.get_layer("bn").get_weights()
    scale = gamma / np.sqrt(variance + 1e-3)
    shift = beta - mean * scale
    kernel, bias = net.get_layer("conv").get_weights()
    conv = keras.layers.Conv2D(4, 3, activation="relu")
    model = keras.Sequential([keras.Input(shape=(8, 8, 3)), conv])
    conv.set_weights([kernel * scale[:, None], bias + np.einsum("hwio,i->o", kernel, shift)])
    return model
