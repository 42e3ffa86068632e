# Misconception: the input channels' contributions of the shift are averaged, not added up
# (explained by fusing_layers._shift_factor from the bias, no table entry)
# Expect: fail "averaged over the 3 input channels \(÷ 3\)"
def fold_batchnorm(net):
    gamma, beta, mean, variance = net.get_layer("bn").get_weights()
    kernel, bias = net.get_layer("conv").get_weights()
    scale = gamma / np.sqrt(variance + net.get_layer("bn").epsilon)
    shift = beta - mean * scale
    per_input = kernel.sum(axis=(0, 1)) * shift[:, None]
    inputs = keras.Input(shape=(8, 8, 3))
    layer = keras.layers.Conv2D(4, 3, activation="relu")
    outputs = layer(inputs)
    layer.set_weights([kernel * scale[None, None, :, None], bias + per_input.mean(axis=0)])
    return keras.Model(inputs, outputs)
