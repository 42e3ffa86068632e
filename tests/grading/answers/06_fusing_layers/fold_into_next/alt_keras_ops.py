# Alternative: the fold with keras.ops, the bias found by running the original convolution on
# a constant image of the shift (every window sees it whole, with no padding).
# Expect: pass
def fold_batchnorm(net):
    bn, conv = net.get_layer("bn"), net.get_layer("conv")
    scale = bn.gamma / keras.ops.sqrt(bn.moving_variance + bn.epsilon)
    shift = bn.beta - bn.moving_mean * scale
    kernel = keras.ops.convert_to_numpy(conv.kernel * keras.ops.reshape(scale, (1, 1, 3, 1)))
    constant = keras.ops.ones((1, 3, 3, 3)) * keras.ops.reshape(shift, (1, 1, 1, 3))
    bias = keras.ops.convert_to_numpy(conv(constant))[0, 0, 0]
    fused = keras.layers.Conv2D(4, 3, activation="relu")
    model = keras.Sequential([keras.Input(shape=(8, 8, 3)), fused])
    fused.set_weights([kernel, bias])
    return model
