# Alternative: type(top)(**config without the name), the document branch built first
# Expect: pass
def build_partly_shared_model(encoder):
    stem, top = encoder.layers
    fresh = type(top)(**{k: v for k, v in top.get_config().items() if k != "name"})
    query = keras.Input(shape=(8,))
    document = keras.Input(shape=(8,))
    doc_code = fresh(stem(document))
    query_code = top(stem(query))
    head = keras.layers.Dense(1, activation="sigmoid", name="head")
    return keras.Model(inputs=[query, document], outputs=head(keras.ops.concatenate([query_code, doc_code], axis=1)))
