# Misconception: the kernel axis of size 3 that the scale meets is the window's width axis (axis 1), not the input-channel axis
# Expect: fail
def fold_batchnorm(net):
    bn = net.get_layer("bn")
    gamma, beta, mean, var = bn.get_weights()
    K, b = net.get_layer("conv").get_weights()
    scale = gamma / np.sqrt(var + bn.epsilon)
    shift = beta - mean * scale
    K2 = K * scale.reshape(1, 3, 1, 1)
    b2 = b + np.einsum("hwco,c->o", K, shift)
    x = keras.Input(shape=(8, 8, 3))
    conv = keras.layers.Conv2D(4, 3, activation="relu")
    model = keras.Model(x, conv(x))
    conv.set_weights([K2.astype("float32"), b2.astype("float32")])
    return model
