# Misconception: the branches are stacked one under the other (axis 0), as rows of data are.
# (explained from numpy's error in the fusing context, no table entry)
# Expect: fail "concatenated along the wrong axis"
def fuse_branches(branches):
    parts = [branches.get_layer(n).get_weights() for n in ("speed", "heat", "noise")]
    kernel = np.concatenate([k for k, _ in parts], axis=0)
    wide = keras.layers.Dense(10, activation="relu")
    model = keras.Sequential([keras.Input(shape=(6,)), wide])
    wide.set_weights([kernel, np.concatenate([b for _, b in parts])])
    return model
