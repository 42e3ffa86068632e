# Alternative: np.pad the 1x1 kernel, identity via np.eye reshaped and padded
# Expect: pass
def fuse_repvgg(block):
    k3, b3 = block.get_layer("conv3").get_weights()
    k1, b1 = block.get_layer("conv1").get_weights()
    k1_3 = np.pad(k1, ((1, 1), (1, 1), (0, 0), (0, 0)))
    ident = np.pad(np.eye(4, dtype="float32").reshape(1, 1, 4, 4), ((1, 1), (1, 1), (0, 0), (0, 0)))
    K = k3 + k1_3 + ident
    b = b3 + b1
    x = keras.Input(shape=(8, 8, 4))
    conv = keras.layers.Conv2D(4, 3, padding="same", activation="relu")
    model = keras.Model(x, conv(x))
    conv.set_weights([K, b])
    return model
