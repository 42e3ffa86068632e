# Alternative: calls the given encoder model on the query (it runs the given stem and top themselves), stem + fresh top on the document
# Expect: pass
def build_partly_shared_model(encoder):
    stem, top = encoder.layers
    q = keras.Input(shape=(8,))
    d = keras.Input(shape=(8,))

    cfg = top.get_config(); cfg["name"] = "top_doc"
    top2 = keras.layers.Dense.from_config(cfg)
    c = keras.layers.Concatenate()([encoder(q), top2(stem(d))])
    return keras.Model([q, d], keras.layers.Dense(1, activation="sigmoid")(c))
