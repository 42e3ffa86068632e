# Misconception: the duplicate should start where the top is, so its values are copied in.
# Expect: fail "set_weights\(get_weights\(\)\) copied the values: that makes an exact copy"
def build_partly_shared_model(encoder):
    stem, top = encoder.layers
    query = keras.Input(shape=(8,))
    document = keras.Input(shape=(8,))
    config = top.get_config()
    config["name"] = "document_top"
    document_top = keras.layers.Dense.from_config(config)
    document_code = document_top(stem(document))
    document_top.set_weights(top.get_weights())
    merged = keras.layers.Concatenate()([top(stem(query)), document_code])
    return keras.Model([query, document], keras.layers.Dense(1, activation="sigmoid")(merged))
