# Misconception: three branches merged into one are averaged (Add sums them).
# Expect: fail "the three kernels were averaged"
def fuse_repvgg(block):
    k3, b3 = block.get_layer("conv3").get_weights()
    k1, b1 = block.get_layer("conv1").get_weights()
    kernel = k3.copy()
    kernel[1, 1] += k1[0, 0] + np.eye(4, dtype="float32")
    kernel = kernel / 3
    conv = keras.layers.Conv2D(4, 3, padding="same", activation="relu")
    model = keras.Sequential([keras.Input(shape=(8, 8, 4)), conv])
    conv.set_weights([kernel, (b3 + b1) / 2])
    return model
