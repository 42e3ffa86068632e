# Misconception: the biases are small, starting values: zeros will do.
# (explained from the fused weights by fusing_layers.side_by_side, no table entry)
# Expect: fail "the wide layer's bias is zero"
def fuse_branches(branches):
    parts = [branches.get_layer(n).get_weights() for n in ("speed", "heat", "noise")]
    wide = keras.layers.Dense(10, activation="relu", bias_initializer="zeros")
    model = keras.Sequential([keras.Input(shape=(6,)), wide])
    wide.kernel.assign(np.concatenate([k for k, _ in parts], axis=-1))
    return model
