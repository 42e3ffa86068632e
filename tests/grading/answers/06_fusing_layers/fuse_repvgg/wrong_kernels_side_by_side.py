# Misconception: the lesson's parallel branches, as they were: the kernels put side by side
# (concatenated), which fits branches whose outputs are concatenated, not added.
# Expect: fail "the branches' kernels were put side by side"
def fuse_repvgg(block):
    k3, b3 = block.get_layer("conv3").get_weights()
    k1, b1 = block.get_layer("conv1").get_weights()
    one = np.zeros_like(k3)
    one[1, 1] = k1[0, 0]
    kernel = np.concatenate([k3, one], axis=-1)
    bias = np.concatenate([b3, b1])
    conv = keras.layers.Conv2D(4, 3, padding="same", activation="relu")
    model = keras.Sequential([keras.Input(shape=(8, 8, 4)), conv])
    conv.set_weights([kernel, bias])
    return model
