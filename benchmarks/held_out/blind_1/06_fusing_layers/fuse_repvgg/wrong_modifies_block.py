# Misconception: writing into the block's own variables is fine, then reuse them
# Expect: fail
def fuse_repvgg(block):
    k3, b3 = block.get_layer("conv3").get_weights()
    k1, b1 = block.get_layer("conv1").get_weights()
    K = k3
    K[1, 1] += k1[0, 0] + np.eye(4, dtype="float32")
    block.get_layer("conv3").set_weights([K, b3 + b1])
    x = keras.Input(shape=(8, 8, 4))
    conv = keras.layers.Conv2D(4, 3, padding="same", activation="relu")
    model = keras.Model(x, conv(x))
    conv.set_weights(block.get_layer("conv3").get_weights())
    return model
