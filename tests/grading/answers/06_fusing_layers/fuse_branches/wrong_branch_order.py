# Misconception: the order of the branches does not matter, it is all one layer.
# (explained from the fused weights by fusing_layers.side_by_side, no table entry)
# Expect: fail "side by side in the order 'heat', 'speed', 'noise', not in the order"
def fuse_branches(branches):
    parts = [branches.get_layer(n).get_weights() for n in ("heat", "speed", "noise")]
    wide = keras.layers.Dense(10, activation="relu")
    model = keras.Sequential([keras.Input(shape=(6,)), wide])
    wide.set_weights(
        [np.concatenate([k for k, _ in parts], -1), np.concatenate([b for _, b in parts])]
    )
    return model
