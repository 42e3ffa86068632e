# Misconception: the convolutions fuse, but the identity must stay a skip connection (Add + ReLU)
# Expect: fail
def fuse_repvgg(block):
    k3, b3 = block.get_layer("conv3").get_weights()
    k1, b1 = block.get_layer("conv1").get_weights()
    kernel = k3.copy()
    kernel[1, 1] += k1[0, 0]
    maps = keras.Input(shape=(8, 8, 4))
    conv = keras.layers.Conv2D(4, 3, padding="same")
    summed = keras.layers.Add()([conv(maps), maps])
    model = keras.Model(maps, keras.layers.ReLU()(summed))
    conv.set_weights([kernel, b3 + b1])
    return model
