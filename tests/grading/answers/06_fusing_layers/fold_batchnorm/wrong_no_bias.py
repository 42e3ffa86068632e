# Misconception: the convolution had no bias, so the folded one needs none.
# (explained by structure, no table entry)
# Expect: fail "has no bias \(use_bias=False\)"
def fold_batchnorm(net):
    (kernel,) = net.get_layer("conv").get_weights()
    bn = net.get_layer("bn")
    gamma, _, _, variance = bn.get_weights()
    scale = gamma / np.sqrt(variance + bn.epsilon)
    conv = keras.layers.Conv2D(4, 3, padding="same", activation="relu", use_bias=False)
    model = keras.Sequential([keras.Input(shape=(8, 8, 3)), conv])
    conv.set_weights([kernel * scale])
    return model
