# Alternative: each branch padded to 3×3 with np.pad, the identity from np.eye, summed.
# Expect: pass
def fuse_repvgg(block):
    k3, b3 = block.get_layer("conv3").get_weights()
    k1, b1 = block.get_layer("conv1").get_weights()
    pad = ((1, 1), (1, 1), (0, 0), (0, 0))
    identity = np.eye(4, dtype="float32")[None, None]
    kernel = k3 + np.pad(k1, pad) + np.pad(identity, pad)
    images = keras.Input(shape=(8, 8, 4))
    conv = keras.layers.Conv2D(4, 3, padding="same", activation="relu")
    model = keras.Model(images, conv(images))
    conv.set_weights([kernel, b3 + b1])
    return model
