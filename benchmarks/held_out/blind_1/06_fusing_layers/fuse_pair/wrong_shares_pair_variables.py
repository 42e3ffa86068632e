# Misconception: reusing pair's second layer after a new first is fine
# Expect: fail
def fuse_pair(pair):
    W1, b1 = pair.get_layer("first").get_weights()
    W2, b2 = pair.get_layer("second").get_weights()
    x = keras.Input(shape=(6,))
    first = keras.layers.Dense(12)
    h = first(x)
    first.set_weights([W1, b1])
    return keras.Model(x, pair.get_layer("second")(h))
