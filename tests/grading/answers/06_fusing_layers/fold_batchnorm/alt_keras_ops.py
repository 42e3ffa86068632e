# Alternative: keras.ops on the layers' variables, a functional model, assign.
# Expect: pass
def fold_batchnorm(net):
    conv, bn = net.get_layer("conv"), net.get_layer("bn")
    scale = bn.gamma / keras.ops.sqrt(bn.moving_variance + bn.epsilon)
    images = keras.Input(shape=(8, 8, 3))
    folded = keras.layers.Conv2D(4, 3, padding="same", activation="relu", name="folded")
    model = keras.Model(images, folded(images))
    folded.kernel.assign(conv.kernel * scale)
    folded.bias.assign(bn.beta - bn.moving_mean * scale)
    return model
