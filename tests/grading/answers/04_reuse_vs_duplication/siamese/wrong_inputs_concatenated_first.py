# Misconception: concatenating the inputs and encoding them once is the same as sharing an encoder.
# Expect: fail "concatenated before the encoder"
def build_siamese_model():
    left = keras.Input(shape=(8,))
    right = keras.Input(shape=(8,))
    both = keras.layers.Concatenate()([left, right])
    code = keras.layers.Dense(4, activation="relu")(both)
    return keras.Model([left, right], keras.layers.Dense(1, activation="sigmoid")(code))
