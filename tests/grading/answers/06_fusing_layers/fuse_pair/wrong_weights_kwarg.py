# Misconception: a layer takes its values at construction, weights=[kernel, bias], as in
# Keras 2 (explained from Keras's own error in the fusing context, no table entry).
# Expect: fail "Keras 3 layers take no weights= argument \(Keras 2 did\): Dense refuses it"
def fuse_pair(pair):
    w1, b1 = pair.get_layer("first").get_weights()
    w2, b2 = pair.get_layer("second").get_weights()
    fused = keras.layers.Dense(4, weights=[w1 @ w2, b1 @ w2 + b2])
    return keras.Sequential([keras.Input(shape=(6,)), fused])
