# Alternative: a linear wide Dense, then a ReLU layer (the activation is element-wise).
# Expect: pass
def fuse_branches(branches):
    layers = [branches.get_layer(n) for n in ("speed", "heat", "noise")]
    wide = keras.layers.Dense(10)
    model = keras.Sequential([keras.Input(shape=(6,)), wide, keras.layers.ReLU()])
    wide.kernel.assign(keras.ops.concatenate([layer.kernel for layer in layers], axis=-1))
    wide.bias.assign(keras.ops.concatenate([layer.bias for layer in layers], axis=0))
    return model
