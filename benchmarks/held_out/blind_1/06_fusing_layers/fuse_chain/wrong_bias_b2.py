# Misconception: fused bias = b2
# Expect: fail
def fuse_chain(chain):
    W1, b1 = chain.get_layer("expand").get_weights()
    W2, b2 = chain.get_layer("project").get_weights()
    W3, b3 = chain.get_layer("score").get_weights()
    W = W1 @ W2
    b = b2
    x = keras.Input(shape=(6,))
    fused = keras.layers.Dense(8, activation="relu")
    score = keras.layers.Dense(3)
    model = keras.Model(x, score(fused(x)))
    fused.set_weights([W, b])
    score.set_weights([W3, b3])
    return model
