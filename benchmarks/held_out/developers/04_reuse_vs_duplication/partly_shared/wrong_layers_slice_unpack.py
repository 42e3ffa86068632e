# Misconception: encoder.layers starts with the InputLayer, as in Keras 2 (layers[1:])
# Expect: fail
def build_partly_shared_model(encoder):
    stem, top = encoder.layers[1:]
    cfg = top.get_config()
    del cfg["name"]
    doc_top = keras.layers.Dense.from_config(cfg)
    q = keras.Input(shape=(8,))
    d = keras.Input(shape=(8,))
    merged = keras.layers.Concatenate()([top(stem(q)), doc_top(stem(d))])
    return keras.Model([q, d], keras.layers.Dense(1, activation="sigmoid")(merged))
