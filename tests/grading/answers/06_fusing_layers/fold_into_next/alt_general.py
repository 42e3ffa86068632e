# Alternative: written for any BN + Conv2D block: sizes and settings read from the layers.
# Expect: pass
def fold_batchnorm(net):
    bn, conv = net.get_layer("bn"), net.get_layer("conv")
    gamma, beta, mean, variance = (np.asarray(w, "float64") for w in bn.get_weights())
    kernel, bias = (np.asarray(w, "float64") for w in conv.get_weights())
    scale = gamma / np.sqrt(variance + bn.epsilon)
    shift = beta - mean * scale
    layer = keras.layers.Conv2D(conv.filters, conv.kernel_size, activation="relu")
    model = keras.Sequential([keras.Input(shape=net.input_shape[1:]), layer])
    layer.set_weights(
        [
            (kernel * scale[None, None, :, None]).astype("float32"),
            (bias + np.einsum("hwio,i->o", kernel, shift)).astype("float32"),
        ]
    )
    return model
