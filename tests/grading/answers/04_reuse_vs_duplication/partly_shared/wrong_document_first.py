# Misconception: the order of the concatenation does not matter (the head reads it by position)
# (explained by the one-change search, no table entry).
# Expect: fail "joins \[document_code, query_code\] where the task says \[query_code, document_code\]"
def build_partly_shared_model(encoder):
    stem, top = encoder.layers
    query = keras.Input(shape=(8,))
    document = keras.Input(shape=(8,))
    config = top.get_config()
    del config["name"]
    document_top = keras.layers.Dense.from_config(config)
    merged = keras.layers.Concatenate()([document_top(stem(document)), top(stem(query))])
    return keras.Model([query, document], keras.layers.Dense(1, activation="sigmoid")(merged))
