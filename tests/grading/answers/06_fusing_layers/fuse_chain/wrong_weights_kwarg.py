# Misconception: the new layers take their values at construction, weights=[...], as in
# Keras 2 (explained from Keras's own error in the fusing context, no table entry).
# Expect: fail "Keras 3 layers take no weights= argument \(Keras 2 did\): Dense refuses it"
def fuse_chain(chain):
    w1, b1 = chain.get_layer("expand").get_weights()
    w2, b2 = chain.get_layer("project").get_weights()
    fused = keras.layers.Dense(8, activation="relu", weights=[w1 @ w2, b1 @ w2 + b2])
    score = keras.layers.Dense(3, weights=chain.get_layer("score").get_weights())
    return keras.Sequential([keras.Input(shape=(6,)), fused, score])
