# Misconception: the document side needs its own stem too
# Expect: fail
def build_partly_shared_model(encoder):
    stem, top = encoder.layers
    q = keras.Input(shape=(8,))
    d = keras.Input(shape=(8,))

    cfg = stem.get_config(); cfg["name"] = "stem_doc"
    stem2 = keras.layers.Dense.from_config(cfg)
    cfg = top.get_config(); cfg["name"] = "top_doc"
    top2 = keras.layers.Dense.from_config(cfg)
    c = keras.layers.Concatenate()([top(stem(q)), top2(stem2(d))])
    return keras.Model([q, d], keras.layers.Dense(1, activation="sigmoid")(c))
