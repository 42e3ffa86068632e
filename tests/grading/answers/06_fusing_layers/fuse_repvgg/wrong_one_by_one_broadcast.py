# Misconception: the 1×1 kernel adds to the 3×3 one as it is (NumPy broadcasts it over all
# nine positions of the window).
# Expect: fail "the 1×1 kernel was added at every position of the 3×3 window"
def fuse_repvgg(block):
    k3, b3 = block.get_layer("conv3").get_weights()
    k1, b1 = block.get_layer("conv1").get_weights()
    kernel = k3 + k1
    kernel[1, 1] += np.eye(4, dtype="float32")
    conv = keras.layers.Conv2D(4, 3, padding="same", activation="relu")
    model = keras.Sequential([keras.Input(shape=(8, 8, 4)), conv])
    conv.set_weights([kernel, b3 + b1])
    return model
