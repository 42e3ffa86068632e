# Misconception: the document side gets a clone of the whole encoder (stem included), so
# nothing is shared.
# Expect: fail "clone_model made a second layer with new variables and fresh values"
def build_partly_shared_model(encoder):
    query = keras.Input(shape=(8,))
    document = keras.Input(shape=(8,))
    twin = keras.models.clone_model(encoder)
    twin.name = "document_encoder"
    merged = keras.layers.Concatenate()([encoder(query), twin(document)])
    return keras.Model([query, document], keras.layers.Dense(1, activation="sigmoid")(merged))
