# Misconception: concatenating the inputs and encoding them once is the same as sharing an encoder.
# Expect: fail "concatenated before the encoder"
def build_siamese_model():
    left = keras.Input(shape=(10,))
    right = keras.Input(shape=(10,))
    both = keras.layers.Concatenate()([left, right])
    code = keras.layers.Dense(6, activation="tanh")(both)
    return keras.Model([left, right], keras.layers.Dense(1, activation="sigmoid")(code))
