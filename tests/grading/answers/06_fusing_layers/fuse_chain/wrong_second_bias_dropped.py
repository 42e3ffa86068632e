# Misconception: carrying the first bias through the second kernel is the whole fused bias
# (project's own bias is left out) (explained from the fused weights by
# fusing_layers.linear_chain, no table entry).
# Expect: fail "the last layer's own bias b2 was left out of the fused bias"
def fuse_chain(chain):
    w1, b1 = chain.get_layer("expand").get_weights()
    w2, _ = chain.get_layer("project").get_weights()
    fused, score = keras.layers.Dense(8, activation="relu"), keras.layers.Dense(3)
    model = keras.Sequential([keras.Input(shape=(6,)), fused, score])
    fused.set_weights([w1 @ w2, b1 @ w2])
    score.set_weights(chain.get_layer("score").get_weights())
    return model
