# Misconception: the fused bias is the later layer's bias.
# (explained from the fused weights by fusing_layers.linear_chain, no table entry)
# Expect: fail "the fused bias is only the last layer's"
def fuse_chain(chain):
    w1, _ = chain.get_layer("expand").get_weights()
    w2, b2 = chain.get_layer("project").get_weights()
    fused, score = keras.layers.Dense(8, activation="relu"), keras.layers.Dense(3)
    model = keras.Sequential([keras.Input(shape=(6,)), fused, score])
    fused.set_weights([w1 @ w2, b2])
    score.set_weights(chain.get_layer("score").get_weights())
    return model
