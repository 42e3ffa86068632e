# Alternative: the duplicate written by hand with every setting of the encoder; right branch built first.
# Expect: pass
def build_two_tower_model(encoder):
    query = keras.Input((8,))
    document = keras.Input((8,))
    twin = keras.layers.Dense(encoder.units, activation=encoder.activation, name="document_encoder")
    document_code = twin(document)
    query_code = encoder(query)
    joined = keras.layers.concatenate([query_code, document_code])
    return keras.Model(inputs=[query, document], outputs=keras.layers.Dense(1, "sigmoid")(joined))
