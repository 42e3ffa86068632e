# Misconception: BN subtracts, so its shift is subtracted from the bias too
# (explained by fusing_layers._shift_factor from the bias, no table entry)
# Expect: fail "BN.s shift was subtracted from the bias instead of added"
def fold_batchnorm(net):
    bn, conv = net.get_layer("bn"), net.get_layer("conv")
    gamma, beta, mean, variance = bn.get_weights()
    kernel, bias = conv.get_weights()
    scale = gamma / np.sqrt(variance + bn.epsilon)
    shift = beta - mean * scale
    fused = keras.layers.Conv2D(4, 3, activation="relu")
    model = keras.Sequential([keras.Input(shape=(8, 8, 3)), fused])
    fused.set_weights([kernel * scale[:, None], bias - shift @ kernel.sum(axis=(0, 1))])
    return model
