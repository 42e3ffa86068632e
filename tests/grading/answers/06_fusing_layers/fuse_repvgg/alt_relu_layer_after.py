# Alternative: a linear fused Conv2D followed by a ReLU layer (the same function: Keras's
# activation="relu" is that ReLU); the kernels summed with keras.ops.
# Expect: pass
def fuse_repvgg(block):
    k3, b3 = block.get_layer("conv3").get_weights()
    k1, b1 = block.get_layer("conv1").get_weights()
    centre = np.zeros((3, 3, 1, 1), "float32")
    centre[1, 1] = 1.0
    one = centre * k1  # (3, 3, 4, 4): k1 at the centre
    eye = centre * np.eye(4, dtype="float32")
    kernel = keras.ops.convert_to_numpy(keras.ops.add(keras.ops.add(k3, one), eye))
    fused = keras.layers.Conv2D(4, 3, padding="same")
    model = keras.Sequential([keras.Input(shape=(8, 8, 4)), fused, keras.layers.ReLU()])
    fused.set_weights([kernel, b3 + b1])
    return model
