# Alternative: Conv2D with activation given as keras.activations.relu in a Sequential
# Expect: pass
def fuse_repvgg(block):
    k3, b3 = block.get_layer("conv3").get_weights()
    k1, b1 = block.get_layer("conv1").get_weights()
    K = k3.copy()
    K[1:2, 1:2] += k1 + np.eye(4, dtype="float32")[None, None]
    b = b3 + b1
    model = keras.Sequential([keras.Input(shape=(8, 8, 4)),
                              keras.layers.Conv2D(4, (3, 3), padding="same", activation=keras.activations.relu)])
    model.layers[0].set_weights([K, b])
    return model
