# Misconception: the ReLU cannot be fused, so the wide layer is linear.
# (explained by structure, no table entry)
# Expect: fail "has activation linear, the task asks for relu"
def fuse_branches(branches):
    parts = [branches.get_layer(n).get_weights() for n in ("speed", "heat", "noise")]
    wide = keras.layers.Dense(10)
    model = keras.Sequential([keras.Input(shape=(6,)), wide])
    wide.set_weights(
        [np.concatenate([k for k, _ in parts], -1), np.concatenate([b for _, b in parts])]
    )
    return model
