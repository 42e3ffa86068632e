# Alternative: np.pad the 1x1 and identity kernels to 3x3, then add the three kernels
# Expect: pass
def fuse_repvgg(block):
    k3, b3 = block.get_layer("conv3").get_weights()
    k1, b1 = block.get_layer("conv1").get_weights()
    centre = ((1, 1), (1, 1), (0, 0), (0, 0))
    k1_3x3 = np.pad(k1, centre)
    identity_3x3 = np.pad(np.eye(4, dtype="float32").reshape(1, 1, 4, 4), centre)
    maps = keras.Input(shape=(8, 8, 4))
    conv = keras.layers.Conv2D(4, (3, 3), padding="same", activation="relu", name="fused")
    model = keras.Model(maps, conv(maps))
    conv.set_weights([k3 + k1_3x3 + identity_3x3, b3 + b1])
    return model
