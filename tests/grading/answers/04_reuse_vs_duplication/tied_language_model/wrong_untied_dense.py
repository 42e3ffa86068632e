# Misconception: an output Dense(20) mirrors the embedding, so the two are tied.
# Expect: fail "a 5×20 kernel of its own"
def build_tied_language_model():
    tokens = keras.Input(shape=(4,), dtype="int32")
    vectors = keras.layers.Embedding(20, 5)(tokens)
    context = keras.layers.GlobalAveragePooling1D()(vectors)
    hidden = keras.layers.Dense(5, activation="tanh")(context)
    return keras.Model(tokens, keras.layers.Dense(20)(hidden))
