# Misconception: comparing means concatenating the encodings
# Expect: fail
def build_siamese_model():
    left = keras.Input(shape=(10,))
    right = keras.Input(shape=(10,))

    enc = keras.layers.Dense(6, activation="tanh")
    d = keras.layers.Concatenate()([enc(left), enc(right)])
    return keras.Model([left, right], keras.layers.Dense(1, activation="sigmoid")(d))
