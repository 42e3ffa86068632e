# Misconception: fuse project and score instead
# Expect: fail
def fuse_chain(chain):
    W1, b1 = chain.get_layer("expand").get_weights()
    W2, b2 = chain.get_layer("project").get_weights()
    W3, b3 = chain.get_layer("score").get_weights()
    x = keras.Input(shape=(6,))
    e = keras.layers.Dense(16)
    f = keras.layers.Dense(3, activation="relu")
    model = keras.Model(x, f(e(x)))
    e.set_weights([W1, b1]); f.set_weights([W2 @ W3, b2 @ W3 + b3])
    return model
