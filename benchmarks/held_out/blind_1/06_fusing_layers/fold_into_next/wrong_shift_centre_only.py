# Misconception: the shift meets only the centre weight of the window
# Expect: fail
def fold_batchnorm(net):
    bn = net.get_layer("bn")
    gamma, beta, mean, var = bn.get_weights()
    K, b = net.get_layer("conv").get_weights()
    scale = gamma / np.sqrt(var + bn.epsilon)
    shift = beta - mean * scale
    K2 = K * scale[None, None, :, None]
    b2 = b + shift @ K[1, 1]
    x = keras.Input(shape=(8, 8, 3))
    conv = keras.layers.Conv2D(4, 3, activation="relu")
    model = keras.Model(x, conv(x))
    conv.set_weights([K2.astype("float32"), b2.astype("float32")])
    return model
