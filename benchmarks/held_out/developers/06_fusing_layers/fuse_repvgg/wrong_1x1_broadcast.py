# Misconception: NumPy broadcasting k3 + k1 puts the (1, 1, 4, 4) kernel where it belongs
# Expect: fail
def fuse_repvgg(block):
    k3, b3 = block.get_layer("conv3").get_weights()
    k1, b1 = block.get_layer("conv1").get_weights()
    identity = np.zeros_like(k3)
    identity[1, 1] = np.eye(4)
    kernel = k3 + k1 + identity
    conv = keras.layers.Conv2D(4, 3, padding="same", activation="relu")
    model = keras.Sequential([keras.Input(shape=(8, 8, 4)), conv])
    conv.set_weights([kernel, b3 + b1])
    return model
