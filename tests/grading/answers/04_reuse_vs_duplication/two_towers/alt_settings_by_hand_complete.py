# Alternative: the duplicate made by hand from every setting of the given encoder's
# configuration (its constructor takes them all); right branch built first.
# Expect: pass
def build_two_tower_model(encoder):
    query = keras.Input((8,))
    document = keras.Input((8,))
    settings = {key: value for key, value in encoder.get_config().items() if key != "name"}
    twin = keras.layers.Dense(**settings, name="document_encoder")
    document_code = twin(document)
    query_code = encoder(query)
    joined = keras.layers.concatenate([query_code, document_code])
    return keras.Model(inputs=[query, document], outputs=keras.layers.Dense(1, "sigmoid")(joined))
