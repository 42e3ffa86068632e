# Misconception: the two encodings are combined with Add, as in a residual
# Expect: fail
def build_partly_shared_model(encoder):
    stem, top = encoder.layers
    cfg = top.get_config()
    cfg.pop("name")
    doc_top = keras.layers.Dense.from_config(cfg)
    q = keras.Input(shape=(8,))
    d = keras.Input(shape=(8,))
    merged = keras.layers.Add()([top(stem(q)), doc_top(stem(d))])
    return keras.Model([q, d], keras.layers.Dense(1, activation="sigmoid")(merged))
