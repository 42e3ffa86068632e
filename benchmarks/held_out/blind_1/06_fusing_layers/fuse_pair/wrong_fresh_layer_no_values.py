# Misconception: a new Dense(4) learns the right values by itself
# Expect: fail
def fuse_pair(pair):
    W1, b1 = pair.get_layer("first").get_weights()
    W2, b2 = pair.get_layer("second").get_weights()
    x = keras.Input(shape=(6,))
    return keras.Model(x, keras.layers.Dense(4)(x))
