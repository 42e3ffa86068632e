# Misconception: the two encodings are merged by adding them (the task concatenates them)
# (explained by structure, no table entry).
# Expect: fail "is Add, the task asks for Concatenate"
def build_partly_shared_model(encoder):
    stem, top = encoder.layers
    query = keras.Input(shape=(8,))
    document = keras.Input(shape=(8,))
    config = top.get_config()
    del config["name"]
    document_top = keras.layers.Dense.from_config(config)
    merged = keras.layers.Add()([top(stem(query)), document_top(stem(document))])
    return keras.Model([query, document], keras.layers.Dense(1, activation="sigmoid")(merged))
