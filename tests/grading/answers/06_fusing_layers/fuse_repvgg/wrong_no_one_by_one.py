# Misconception: a 1×1 convolution does not fit a 3×3 kernel, so it is left out.
# Expect: fail "the 1×1 branch was left out: only the 3×3 kernel and the identity"
def fuse_repvgg(block):
    k3, b3 = block.get_layer("conv3").get_weights()
    _, b1 = block.get_layer("conv1").get_weights()
    kernel = k3.copy()
    kernel[1, 1] += np.eye(4, dtype="float32")
    conv = keras.layers.Conv2D(4, 3, padding="same", activation="relu")
    model = keras.Sequential([keras.Input(shape=(8, 8, 4)), conv])
    conv.set_weights([kernel, b3 + b1])
    return model
