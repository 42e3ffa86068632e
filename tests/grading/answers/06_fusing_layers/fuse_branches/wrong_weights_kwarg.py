# Misconception: the wide layer takes its values at construction, weights=[...], as in
# Keras 2 (explained from Keras's own error in the fusing context, no table entry).
# Expect: fail "Keras 3 layers take no weights= argument \(Keras 2 did\): Dense refuses it"
def fuse_branches(branches):
    parts = [branches.get_layer(n).get_weights() for n in ("speed", "heat", "noise")]
    kernel = np.concatenate([k for k, _ in parts], axis=-1)
    bias = np.concatenate([b for _, b in parts])
    wide = keras.layers.Dense(10, activation="relu", weights=[kernel, bias])
    return keras.Sequential([keras.Input(shape=(6,)), wide])
