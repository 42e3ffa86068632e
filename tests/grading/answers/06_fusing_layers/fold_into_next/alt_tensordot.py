# Alternative: bn_scale_shift written out, the bias through np.tensordot, a functional model.
# Expect: pass
def fold_batchnorm(net):
    bn = net.get_layer("bn")
    conv = net.get_layer("conv")
    std = np.sqrt(bn.moving_variance.numpy() + bn.epsilon)
    scale = bn.gamma.numpy() / std
    shift = bn.beta.numpy() - bn.moving_mean.numpy() * scale
    kernel = conv.kernel.numpy()
    folded_bias = conv.bias.numpy() + np.tensordot(kernel, shift, axes=([2], [0])).sum(axis=(0, 1))
    images = keras.Input(shape=(8, 8, 3))
    layer = keras.layers.Conv2D(4, 3, activation="relu")
    outputs = layer(images)
    layer.set_weights([kernel * scale.reshape(1, 1, 3, 1), folded_bias])
    return keras.Model(images, outputs)
