# Misconception: the concatenation order does not matter (document's encoding first)
# Expect: fail
def build_partly_shared_model(encoder):
    stem, top = encoder.layers
    cfg = top.get_config()
    cfg.pop("name")
    doc_top = keras.layers.Dense.from_config(cfg)
    q = keras.Input(shape=(8,))
    d = keras.Input(shape=(8,))
    merged = keras.layers.Concatenate()([doc_top(stem(d)), top(stem(q))])
    return keras.Model([q, d], keras.layers.Dense(1, activation="sigmoid")(merged))
