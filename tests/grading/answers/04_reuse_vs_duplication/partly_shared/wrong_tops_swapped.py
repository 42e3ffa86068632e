# Misconception: which side keeps the given top does not matter (the task puts it on the query).
# Expect: fail "the given top does document_code's job"
def build_partly_shared_model(encoder):
    stem, top = encoder.layers
    query = keras.Input(shape=(8,))
    document = keras.Input(shape=(8,))
    config = top.get_config()
    del config["name"]
    query_top = keras.layers.Dense.from_config(config)
    merged = keras.layers.Concatenate()([query_top(stem(query)), top(stem(document))])
    return keras.Model([query, document], keras.layers.Dense(1, activation="sigmoid")(merged))
