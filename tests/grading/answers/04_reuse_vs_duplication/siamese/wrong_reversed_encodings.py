# Misconception: the order of the encodings does not matter to the head.
# Expect: fail "concatenated in the other order"
def build_siamese_model():
    left = keras.Input(shape=(8,))
    right = keras.Input(shape=(8,))
    encoder = keras.layers.Dense(4, activation="relu")
    merged = keras.layers.Concatenate()([encoder(right), encoder(left)])
    return keras.Model([left, right], keras.layers.Dense(1, activation="sigmoid")(merged))
