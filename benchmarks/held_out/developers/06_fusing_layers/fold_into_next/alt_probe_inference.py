# Alternative: BN's affine map read by probing it in inference mode, the bias by running the conv on the shift
# Expect: pass
def fold_batchnorm(net):
    bn, conv_layer = net.get_layer("bn"), net.get_layer("conv")
    zeros = np.zeros((1, 1, 1, 3), dtype="float32")
    shift = np.asarray(bn(zeros, training=False))[0, 0, 0]
    scale = np.asarray(bn(zeros + 1.0, training=False))[0, 0, 0] - shift
    kernel, bias = conv_layer.get_weights()
    constant = np.broadcast_to(shift, (1, 3, 3, 3)).astype("float32")
    folded_bias = np.asarray(conv_layer(constant))[0, 0, 0]  # bias + the shift through the window
    conv = keras.layers.Conv2D(4, 3, activation="relu")
    model = keras.Sequential([keras.Input(shape=(8, 8, 3)), conv])
    conv.set_weights([kernel * scale[:, None], folded_bias])
    return model
