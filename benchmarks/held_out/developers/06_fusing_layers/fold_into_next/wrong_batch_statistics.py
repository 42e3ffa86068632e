# Misconception: BN normalises with the statistics of the images it sees (the batch), not the moving ones
# Expect: fail
def fold_batchnorm(net):
    bn = net.get_layer("bn")
    gamma, beta, _, _ = bn.get_weights()
    mean = IMAGES.mean(axis=(0, 1, 2))
    variance = IMAGES.var(axis=(0, 1, 2))
    scale = gamma / np.sqrt(variance + bn.epsilon)
    shift = beta - mean * scale
    kernel, bias = net.get_layer("conv").get_weights()
    conv = keras.layers.Conv2D(4, 3, activation="relu")
    model = keras.Sequential([keras.Input(shape=(8, 8, 3)), conv])
    conv.set_weights([kernel * scale[:, None], bias + np.einsum("hwio,i->o", kernel, shift)])
    return model
