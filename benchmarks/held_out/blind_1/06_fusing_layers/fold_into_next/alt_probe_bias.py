# Alternative: fold computed entirely with keras.ops, converted to numpy at the end
# Expect: pass
def fold_batchnorm(net):
    bn = net.get_layer("bn")
    gamma, beta, mean, var = bn.get_weights()
    K, b = net.get_layer("conv").get_weights()
    scale = gamma / keras.ops.sqrt(var + bn.epsilon)
    shift = beta - mean * scale
    K2 = K * keras.ops.reshape(scale, (1, 1, 3, 1))
    b2 = b + keras.ops.sum(K * keras.ops.reshape(shift, (1, 1, 3, 1)), axis=(0, 1, 2))
    K2 = keras.ops.convert_to_numpy(K2)
    b2 = keras.ops.convert_to_numpy(b2)
    x = keras.Input(shape=(8, 8, 3))
    conv = keras.layers.Conv2D(4, 3, activation="relu")
    model = keras.Model(x, conv(x))
    conv.set_weights([K2.astype("float32"), b2.astype("float32")])
    return model
