# Misconception: the order of the encodings does not matter (it does for Subtract: right − left
# is the negative of left − right).
# Expect: fail "subtracted in the other order"
def build_siamese_model():
    left = keras.Input(shape=(10,))
    right = keras.Input(shape=(10,))
    encoder = keras.layers.Dense(6, activation="tanh")
    merged = keras.layers.Subtract()([encoder(right), encoder(left)])
    return keras.Model([left, right], keras.layers.Dense(1, activation="sigmoid")(merged))
