# Misconception: the layer kept as it was can be score itself
# Expect: fail
def fuse_chain(chain):
    W1, b1 = chain.get_layer("expand").get_weights()
    W2, b2 = chain.get_layer("project").get_weights()
    W3, b3 = chain.get_layer("score").get_weights()
    W = W1 @ W2
    b = b1 @ W2 + b2
    x = keras.Input(shape=(6,))
    fused = keras.layers.Dense(8, activation="relu")
    h = fused(x)
    fused.set_weights([W, b])
    return keras.Model(x, chain.get_layer("score")(h))
