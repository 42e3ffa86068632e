# Misconception: adding into conv3's kernel in place (assign) is fine, and conv3 can be reused
# Expect: fail
def fuse_repvgg(block):
    conv3 = block.get_layer("conv3")
    conv1 = block.get_layer("conv1")
    k3 = conv3.kernel.numpy()
    k3[1, 1] += conv1.kernel.numpy()[0, 0] + np.eye(4)
    conv = keras.layers.Conv2D(4, 3, padding="same", activation="relu")
    model = keras.Sequential([keras.Input(shape=(8, 8, 4)), conv])
    conv3.kernel.assign(k3)
    conv.set_weights([conv3.kernel.numpy(), conv3.bias.numpy() + conv1.bias.numpy()])
    return model
