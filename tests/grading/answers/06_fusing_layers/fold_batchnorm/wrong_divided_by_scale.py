# Misconception: normalising divides, so the kernel is divided by the scale (it is multiplied
# by gamma / sqrt(variance + epsilon)) (explained from the folded weights by
# fusing_layers.folded_batchnorm, no table entry).
# Expect: fail "the kernel was divided by the scale instead of multiplied by it"
def fold_batchnorm(net):
    (kernel,) = net.get_layer("conv").get_weights()
    bn = net.get_layer("bn")
    gamma, beta, mean, variance = bn.get_weights()
    scale = gamma / np.sqrt(variance + bn.epsilon)
    conv = keras.layers.Conv2D(4, 3, padding="same", activation="relu")
    model = keras.Sequential([keras.Input(shape=(8, 8, 3)), conv])
    conv.set_weights([kernel / scale, beta - mean * scale])
    return model
