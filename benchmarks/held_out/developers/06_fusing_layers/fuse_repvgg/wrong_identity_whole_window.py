# Misconception: the identity is added at every position of the 3x3 window, not only at its centre
# Expect: fail
def fuse_repvgg(block):
    k3, b3 = block.get_layer("conv3").get_weights()
    k1, b1 = block.get_layer("conv1").get_weights()
    kernel = k3 + np.eye(4, dtype="float32")  # broadcast over the 3x3 window
    kernel[1, 1] += k1[0, 0]
    conv = keras.layers.Conv2D(4, 3, padding="same", activation="relu")
    model = keras.Sequential([keras.Input(shape=(8, 8, 4)), conv])
    conv.set_weights([kernel, b3 + b1])
    return model
