# Misconception: a copy of both layers is a fusion
# Expect: fail
def fuse_pair(pair):
    W1, b1 = pair.get_layer("first").get_weights()
    W2, b2 = pair.get_layer("second").get_weights()
    x = keras.Input(shape=(6,))
    a, bb = keras.layers.Dense(12), keras.layers.Dense(4)
    model = keras.Model(x, bb(a(x)))
    a.set_weights([W1, b1]); bb.set_weights([W2, b2])
    return model
