# Alternative: the given encoder itself on the query (stem then top), the stem and a renamed duplicate on the document
# Expect: pass
def build_partly_shared_model(encoder):
    stem, top = encoder.layers
    config = top.get_config()
    config["name"] = top.name + "_document"
    twin = top.__class__.from_config(config)
    query = keras.Input(shape=(8,))
    document = keras.Input(shape=(8,))
    merged = keras.layers.Concatenate(axis=-1)([encoder(query), twin(stem(document))])
    return keras.Model([query, document], keras.layers.Dense(1, activation="sigmoid")(merged))
