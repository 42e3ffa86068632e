# Misconception: the encoder, called on both inputs, gives each side its own top (it shares
# both layers).
# Expect: fail "the given top is (most likely )?called on both inputs.*which shares its variables"
def build_partly_shared_model(encoder):
    query = keras.Input(shape=(8,))
    document = keras.Input(shape=(8,))
    merged = keras.layers.Concatenate()([encoder(query), encoder(document)])
    return keras.Model([query, document], keras.layers.Dense(1, activation="sigmoid")(merged))
