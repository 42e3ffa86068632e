# Alternative: BN's variables read by attribute, the shift through the window with tensordot
# Expect: pass
def fold_batchnorm(net):
    bn = net.get_layer("bn")
    conv_layer = net.get_layer("conv")
    scale = bn.gamma.numpy() / np.sqrt(bn.moving_variance.numpy() + bn.epsilon)
    shift = bn.beta.numpy() - bn.moving_mean.numpy() * scale
    kernel = conv_layer.kernel.numpy()
    folded_kernel = kernel * scale.reshape(1, 1, 3, 1)
    folded_bias = conv_layer.bias.numpy() + np.tensordot(kernel, shift, axes=([2], [0])).sum(axis=(0, 1))
    images = keras.Input(shape=(8, 8, 3))
    conv = keras.layers.Conv2D(4, 3, activation="relu", name="folded")
    model = keras.Model(images, conv(images))
    conv.set_weights([folded_kernel, folded_bias])
    return model
