# Misconception: the 1×1 kernel is padded to 3×3 with zeros after it (np.pad(k1, ((0, 2), (0, 2),
# ...))), so it lands at the corner, not the centre.
# Expect: fail "the 1×1 kernel sits at the window.s corner"
def fuse_repvgg(block):
    k3, b3 = block.get_layer("conv3").get_weights()
    k1, b1 = block.get_layer("conv1").get_weights()
    kernel = k3 + np.pad(k1, ((0, 2), (0, 2), (0, 0), (0, 0)))
    kernel[1, 1] += np.eye(4, dtype="float32")
    conv = keras.layers.Conv2D(4, 3, padding="same", activation="relu")
    model = keras.Sequential([keras.Input(shape=(8, 8, 4)), conv])
    conv.set_weights([kernel, b3 + b1])
    return model
