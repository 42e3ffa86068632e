# Misconception: normalising is dividing by the standard deviation; gamma is for training
# (explained from the folded weights by fusing_layers.folded_batchnorm, no table entry).
# Expect: fail "gamma was left out: the kernel was divided by sqrt\(moving_variance \+ epsilon\) alone"
def fold_batchnorm(net):
    (kernel,) = net.get_layer("conv").get_weights()
    bn = net.get_layer("bn")
    _, beta, mean, variance = bn.get_weights()
    scale = 1.0 / np.sqrt(variance + bn.epsilon)
    conv = keras.layers.Conv2D(4, 3, padding="same", activation="relu")
    model = keras.Sequential([keras.Input(shape=(8, 8, 3)), conv])
    conv.set_weights([kernel * scale, beta - mean * scale])
    return model
