# Misconception: BatchNormalization's epsilon is always Keras's default, 0.001.
# (explained from the folded weights by fusing_layers.folded_batchnorm, no table entry)
# Expect: fail "epsilon was taken as 0\.001, Keras's default"
def fold_batchnorm(net):
    (kernel,) = net.get_layer("conv").get_weights()
    bn = net.get_layer("bn")
    gamma, beta, mean, variance = bn.get_weights()
    scale = gamma / np.sqrt(variance + 1e-3)
    bias = beta - mean * scale
    conv = keras.layers.Conv2D(4, 3, padding="same", activation="relu")
    model = keras.Sequential([keras.Input(shape=(8, 8, 3)), conv])
    conv.set_weights([kernel * scale, bias])
    return model
