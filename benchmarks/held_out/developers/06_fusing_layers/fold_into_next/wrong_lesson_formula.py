# Misconception: the lesson's fold (BN after the layer) applies as is: kernel*s, bias*s + beta - mu*s
# Expect: fail
def fold_batchnorm(net):
    bn = net.get_layer("bn")
    conv_layer = net.get_layer("conv")
    kernel, bias = conv_layer.get_weights()
    g, be, mu, var = bn.get_weights()
    s = g / np.sqrt(var + bn.epsilon)
    new_kernel = kernel * s.reshape(1, 1, 1, -1)
    new_bias = bias * s + be - mu * s
    conv = keras.layers.Conv2D(4, 3, activation="relu")
    model = keras.Sequential([keras.Input(shape=(8, 8, 3)), conv])
    conv.set_weights([new_kernel, new_bias])
    return model
