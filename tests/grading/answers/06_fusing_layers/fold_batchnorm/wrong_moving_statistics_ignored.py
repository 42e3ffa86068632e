# Misconception: BatchNormalization is gamma * x + beta; the moving statistics are for training.
# (explained from the folded weights by fusing_layers.folded_batchnorm, no table entry)
# Expect: fail "the moving statistics ignored"
def fold_batchnorm(net):
    (kernel,) = net.get_layer("conv").get_weights()
    bn = net.get_layer("bn")
    gamma, beta, _, _ = bn.get_weights()
    scale = gamma
    bias = beta
    conv = keras.layers.Conv2D(4, 3, padding="same", activation="relu")
    model = keras.Sequential([keras.Input(shape=(8, 8, 3)), conv])
    conv.set_weights([kernel * scale, bias])
    return model
