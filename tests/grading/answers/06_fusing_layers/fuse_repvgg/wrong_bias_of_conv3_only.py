# Misconception: the fused layer takes the 3×3 convolution's bias, the one of the same size.
# Expect: fail "the 1×1 branch.s bias b1 was left out of the fused bias"
def fuse_repvgg(block):
    k3, b3 = block.get_layer("conv3").get_weights()
    k1, _ = block.get_layer("conv1").get_weights()
    kernel = k3.copy()
    kernel[1, 1] += k1[0, 0] + np.eye(4, dtype="float32")
    conv = keras.layers.Conv2D(4, 3, padding="same", activation="relu")
    model = keras.Sequential([keras.Input(shape=(8, 8, 4)), conv])
    conv.set_weights([kernel, b3])
    return model
