# Alternative: Constant initializers; np.hstack for the kernels.
# Expect: pass
def fuse_branches(branches):
    layers = [branches.get_layer(n) for n in ("speed", "heat", "noise")]
    kernel = np.hstack([layer.get_weights()[0] for layer in layers])
    bias = np.hstack([layer.get_weights()[1] for layer in layers])
    readings = keras.Input(shape=(6,))
    wide = keras.layers.Dense(
        10,
        activation="relu",
        kernel_initializer=keras.initializers.Constant(kernel),
        bias_initializer=keras.initializers.Constant(bias),
    )
    return keras.Model(readings, wide(readings))
