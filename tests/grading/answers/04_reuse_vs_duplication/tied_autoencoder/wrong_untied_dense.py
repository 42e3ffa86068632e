# Misconception: a decoder Dense(12) mirrors the encoder, so the weights are tied.
# Expect: fail "a 5×12 kernel of its own"
def build_tied_autoencoder():
    inputs = keras.Input(shape=(12,))
    code = keras.layers.Dense(5, activation="relu")(inputs)
    return keras.Model(inputs, keras.layers.Dense(12)(code))
