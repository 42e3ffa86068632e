# Misconception: a decoder Dense(8) mirrors the encoder, so the weights are tied.
# Expect: fail "a 3×8 kernel of its own"
def build_tied_autoencoder():
    inputs = keras.Input(shape=(8,))
    code = keras.layers.Dense(3, activation="relu")(inputs)
    return keras.Model(inputs, keras.layers.Dense(8)(code))
