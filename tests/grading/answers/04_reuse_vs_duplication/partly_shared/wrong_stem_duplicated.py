# Misconception: both layers are duplicated from their configuration for the document side.
# Expect: fail "from_config made a second layer with new variables and fresh values"
def build_partly_shared_model(encoder):
    query = keras.Input(shape=(8,))
    document = keras.Input(shape=(8,))
    twins = []
    for layer in encoder.layers:
        config = layer.get_config()
        del config["name"]
        twins.append(type(layer).from_config(config))
    query_code = encoder(query)
    document_code = twins[1](twins[0](document))
    merged = keras.layers.Concatenate()([query_code, document_code])
    return keras.Model([query, document], keras.layers.Dense(1, activation="sigmoid")(merged))
