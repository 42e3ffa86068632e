# Alternative: the model's Dense layers, in their order (the order the Concatenate receives them).
# Expect: pass
def fuse_branches(branches):
    dense = [layer for layer in branches.layers if isinstance(layer, keras.layers.Dense)]
    kernel = np.concatenate([layer.kernel.numpy() for layer in dense], axis=1)
    bias = np.concatenate([layer.bias.numpy() for layer in dense])
    readings = keras.Input(shape=(6,))
    wide = keras.layers.Dense(kernel.shape[1], activation="relu")
    model = keras.Model(readings, wide(readings))
    wide.set_weights([kernel, bias])
    return model
