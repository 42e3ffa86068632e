# Misconception: assigning the summed bias is enough; the new convolution's kernel will do (explained from the layer's own initializer by fusing_layers._never_set, no table entry)
# Expect: fail "fused layer: its bias was set but its kernel never was: the kernel is still the random one its initializer \(GlorotUniform\)"
def fuse_repvgg(block):
    k3, b3 = block.get_layer("conv3").get_weights()
    k1, b1 = block.get_layer("conv1").get_weights()
    kernel = k3.copy()
    kernel[1, 1] += k1[0, 0] + np.eye(4, dtype="float32")
    images = keras.Input(shape=(8, 8, 4))
    conv = keras.layers.Conv2D(4, 3, padding="same", activation="relu")
    model = keras.Model(images, conv(images))
    conv.bias.assign(b3 + b1)
    return model
