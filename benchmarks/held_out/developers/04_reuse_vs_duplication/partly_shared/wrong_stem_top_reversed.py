# Misconception: encoder.layers lists the top first
# Expect: fail
def build_partly_shared_model(encoder):
    top, stem = encoder.layers
    cfg = top.get_config()
    del cfg["name"]
    doc_top = keras.layers.Dense.from_config(cfg)
    q = keras.Input(shape=(8,))
    d = keras.Input(shape=(8,))
    merged = keras.layers.Concatenate()([top(stem(q)), doc_top(stem(d))])
    return keras.Model([q, d], keras.layers.Dense(1, activation="sigmoid")(merged))
