# Misconception: units and activation are all a Dense duplicate needs (the given encoder
# may have other settings: the second one the check passes has no bias).
# (explained from the layer configurations, no table entry)
# Expect: fail "Received: +document_encoder \(Dense, kernel 8×6\): use_bias=True instead of False"
def build_two_tower_model(encoder):
    query = keras.Input((8,))
    document = keras.Input((8,))
    twin = keras.layers.Dense(encoder.units, activation=encoder.activation, name="document_encoder")
    document_code = twin(document)
    query_code = encoder(query)
    joined = keras.layers.concatenate([query_code, document_code])
    return keras.Model(inputs=[query, document], outputs=keras.layers.Dense(1, "sigmoid")(joined))
