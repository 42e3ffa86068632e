# Misconception: kernels and biases are two lists; each may be gathered its own way.
# (explained from the fused weights by fusing_layers.side_by_side, no table entry)
# Expect: fail "biases are not in that same order"
def fuse_branches(branches):
    layers = [branches.get_layer(n) for n in ("speed", "heat", "noise")]
    kernel = np.concatenate([layer.get_weights()[0] for layer in layers], axis=-1)
    bias = np.concatenate([layer.get_weights()[1] for layer in reversed(layers)])
    wide = keras.layers.Dense(10, activation="relu")
    model = keras.Sequential([keras.Input(shape=(6,)), wide])
    wide.set_weights([kernel, bias])
    return model
