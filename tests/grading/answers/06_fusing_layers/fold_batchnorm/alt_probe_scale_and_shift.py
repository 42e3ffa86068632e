# Alternative: BN's scale and shift measured by running it on 0 and 1 (inference mode).
# Expect: pass
def fold_batchnorm(net):
    bn = net.get_layer("bn")
    shift = bn(np.zeros((1, 1, 1, 4), "float32"), training=False).numpy()[0, 0, 0]
    scale = bn(np.ones((1, 1, 1, 4), "float32"), training=False).numpy()[0, 0, 0] - shift
    (kernel,) = net.get_layer("conv").get_weights()
    conv = keras.layers.Conv2D(4, (3, 3), padding="same", activation="relu")
    conv.build((None, 8, 8, 3))
    conv.set_weights([kernel * scale, shift])
    images = keras.Input(shape=(8, 8, 3))
    return keras.Model(images, conv(images))
