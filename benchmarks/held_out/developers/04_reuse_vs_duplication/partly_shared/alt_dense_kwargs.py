# Alternative: Dense(**config) with the name popped; the inputs named
# Expect: pass
def build_partly_shared_model(encoder):
    stem, top = encoder.layers
    config = dict(top.get_config())
    config.pop("name", None)
    document_top = keras.layers.Dense(**config)
    query = keras.Input(shape=(8,), name="query")
    document = keras.Input(shape=(8,), name="document")
    q = top(stem(query))
    d = document_top(stem(document))
    return keras.Model([query, document], keras.layers.Dense(1, activation="sigmoid")(keras.layers.concatenate([q, d])))
