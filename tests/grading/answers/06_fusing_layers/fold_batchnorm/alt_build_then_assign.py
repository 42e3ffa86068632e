# Alternative: the convolution built by hand and assigned in place, the scale broadcast with
# an explicit reshape, in a functional model with a separate ReLU layer.
# Expect: pass
def fold_batchnorm(net):
    conv, bn = net.get_layer("conv"), net.get_layer("bn")
    scale = bn.gamma.numpy() / np.sqrt(bn.moving_variance.numpy() + bn.epsilon)
    folded = keras.layers.Conv2D(filters=4, kernel_size=(3, 3), padding="same")
    folded.build((None, 8, 8, 3))
    folded.kernel.assign(conv.kernel.numpy() * scale.reshape(1, 1, 1, 4))
    folded.bias.assign(bn.beta.numpy() - bn.moving_mean.numpy() * scale)
    images = keras.Input((8, 8, 3))
    return keras.Model(images, keras.layers.ReLU()(folded(images)))
