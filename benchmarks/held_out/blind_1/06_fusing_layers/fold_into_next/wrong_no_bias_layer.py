# Misconception: the folded conv needs no bias: the shift replaces it
# Expect: fail
def fold_batchnorm(net):
    bn = net.get_layer("bn")
    gamma, beta, mean, var = bn.get_weights()
    K, b = net.get_layer("conv").get_weights()
    scale = gamma / np.sqrt(var + bn.epsilon)
    K2 = K * scale[None, None, :, None]
    x = keras.Input(shape=(8, 8, 3))
    conv = keras.layers.Conv2D(4, 3, activation="relu", use_bias=False)
    model = keras.Model(x, conv(x))
    conv.set_weights([K2.astype("float32")])
    return model
