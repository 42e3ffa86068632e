# Misconception: fusing can change the block's own 3×3 convolution in place and reuse it (the
# fused model then shares the block's variables, and the block is changed).
# Expect: fail "the function changed the values of the block given"
def fuse_repvgg(block):
    conv3 = block.get_layer("conv3")
    k3, b3 = conv3.get_weights()
    k1, b1 = block.get_layer("conv1").get_weights()
    kernel = k3.copy()
    kernel[1, 1] += k1[0, 0] + np.eye(4, dtype="float32")
    conv3.set_weights([kernel, b3 + b1])
    maps = keras.Input(shape=(8, 8, 4))
    return keras.Model(maps, keras.layers.ReLU()(conv3(maps)))
