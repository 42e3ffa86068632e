# Alternative: identity written channel by channel, weights via initializers
# Expect: pass
def fuse_repvgg(block):
    k3, b3 = block.get_layer("conv3").get_weights()
    k1, b1 = block.get_layer("conv1").get_weights()
    K = np.array(k3, copy=True)
    K[1, 1, :, :] += k1[0, 0, :, :]
    for c in range(4):
        K[1, 1, c, c] += 1.0
    b = b3 + b1
    x = keras.Input(shape=(8, 8, 4))
    y = keras.layers.Conv2D(4, 3, padding="same", activation="relu",
                            kernel_initializer=keras.initializers.Constant(K),
                            bias_initializer=keras.initializers.Constant(b))(x)
    return keras.Model(x, y)
