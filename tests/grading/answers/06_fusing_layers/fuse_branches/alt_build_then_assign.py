# Alternative: the wide layer built by hand, filled with keras.ops.concatenate of the
# branches' variables, followed by a separate Activation("relu"), in a functional model.
# Expect: pass
def fuse_branches(branches):
    parts = [branches.get_layer(n) for n in ("speed", "heat", "noise")]
    wide = keras.layers.Dense(10)
    wide.build((None, 6))
    wide.kernel.assign(keras.ops.concatenate([p.kernel for p in parts], axis=1))
    wide.bias.assign(keras.ops.concatenate([p.bias for p in parts], axis=0))
    inputs = keras.Input((6,))
    return keras.Model(inputs, keras.layers.Activation("relu")(wide(inputs)))
