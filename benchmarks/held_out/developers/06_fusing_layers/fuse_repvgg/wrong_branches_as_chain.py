# Misconception: the block is a chain conv3 -> conv1, so the 1x1 kernel multiplies the 3x3 one
# Expect: fail
def fuse_repvgg(block):
    k3, b3 = block.get_layer("conv3").get_weights()
    k1, b1 = block.get_layer("conv1").get_weights()
    kernel = np.einsum("hwio,op->hwip", k3, k1[0, 0])
    kernel[1, 1] += np.eye(4)
    conv = keras.layers.Conv2D(4, 3, padding="same", activation="relu")
    model = keras.Sequential([keras.Input(shape=(8, 8, 4)), conv])
    conv.set_weights([kernel, b3 @ k1[0, 0] + b1])
    return model
