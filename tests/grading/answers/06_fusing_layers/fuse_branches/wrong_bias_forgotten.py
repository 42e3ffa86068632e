# Misconception: only the kernels are put side by side; the wide layer needs no bias.
# (explained by structure, no table entry)
# Expect: fail "has no bias \(use_bias=False\)"
def fuse_branches(branches):
    parts = [branches.get_layer(n).get_weights() for n in ("speed", "heat", "noise")]
    wide = keras.layers.Dense(10, activation="relu", use_bias=False)
    model = keras.Sequential([keras.Input(shape=(6,)), wide])
    wide.set_weights([np.concatenate([k for k, _ in parts], axis=-1)])
    return model
