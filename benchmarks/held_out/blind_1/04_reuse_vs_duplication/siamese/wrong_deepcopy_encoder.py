# Misconception: copy.deepcopy gives the same encoder for the second input
# Expect: fail
def build_siamese_model():
    left = keras.Input(shape=(10,))
    right = keras.Input(shape=(10,))

    import copy
    enc = keras.layers.Dense(6, activation="tanh")
    l = enc(left)
    r = copy.deepcopy(enc)(right)
    return keras.Model([left, right], keras.layers.Dense(1, activation="sigmoid")(keras.layers.Subtract()([l, r])))
