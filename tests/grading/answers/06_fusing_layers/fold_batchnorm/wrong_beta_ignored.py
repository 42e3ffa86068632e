# Misconception: the bias of a folded layer only undoes the mean (BatchNormalization then
# adds its learned shift, beta) (explained from the folded weights by
# fusing_layers.folded_batchnorm, no table entry).
# Expect: fail "beta was left out of the bias"
def fold_batchnorm(net):
    (kernel,) = net.get_layer("conv").get_weights()
    bn = net.get_layer("bn")
    gamma, _, mean, variance = bn.get_weights()
    scale = gamma / np.sqrt(variance + bn.epsilon)
    conv = keras.layers.Conv2D(4, 3, padding="same", activation="relu")
    model = keras.Sequential([keras.Input(shape=(8, 8, 3)), conv])
    conv.set_weights([kernel * scale, -mean * scale])
    return model
