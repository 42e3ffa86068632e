# Misconception: the shift is beta; the mean only matters inside the scale.
# (explained from the folded weights by fusing_layers.folded_batchnorm, no table entry)
# Expect: fail "the moving mean ignored"
def fold_batchnorm(net):
    (kernel,) = net.get_layer("conv").get_weights()
    bn = net.get_layer("bn")
    gamma, beta, _, variance = bn.get_weights()
    scale = gamma / np.sqrt(variance + bn.epsilon)
    bias = beta
    conv = keras.layers.Conv2D(4, 3, padding="same", activation="relu")
    model = keras.Sequential([keras.Input(shape=(8, 8, 3)), conv])
    conv.set_weights([kernel * scale, bias])
    return model
