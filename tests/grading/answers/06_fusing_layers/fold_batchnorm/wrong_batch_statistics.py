# Misconception: the statistics to fold are those of real data (a batch), as in training.
# (explained from the folded weights by fusing_layers.folded_batchnorm, no table entry)
# Expect: fail "statistics of a batch were used instead of the moving ones"
def fold_batchnorm(net):
    (kernel,) = net.get_layer("conv").get_weights()
    bn = net.get_layer("bn")
    gamma, beta, mean, variance = bn.get_weights()
    maps = keras.ops.convert_to_numpy(net.get_layer("conv")(IMAGES))
    mean, variance = maps.mean(axis=(0, 1, 2)), maps.var(axis=(0, 1, 2))
    scale = gamma / np.sqrt(variance + bn.epsilon)
    bias = beta - mean * scale
    conv = keras.layers.Conv2D(4, 3, padding="same", activation="relu")
    model = keras.Sequential([keras.Input(shape=(8, 8, 3)), conv])
    conv.set_weights([kernel * scale, bias])
    return model
