# Misconception: the stem is the part to duplicate and the top the part to share
# Expect: fail
def build_partly_shared_model(encoder):
    stem, top = encoder.layers
    cfg = stem.get_config()
    del cfg["name"]
    doc_stem = keras.layers.Dense.from_config(cfg)
    q = keras.Input(shape=(8,))
    d = keras.Input(shape=(8,))
    merged = keras.layers.Concatenate()([top(stem(q)), top(doc_stem(d))])
    return keras.Model([q, d], keras.layers.Dense(1, activation="sigmoid")(merged))
