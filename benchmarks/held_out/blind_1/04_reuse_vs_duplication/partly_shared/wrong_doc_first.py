# Misconception: concatenation order is free
# Expect: fail
def build_partly_shared_model(encoder):
    stem, top = encoder.layers
    q = keras.Input(shape=(8,))
    d = keras.Input(shape=(8,))

    cfg = top.get_config(); cfg["name"] = "top_doc"
    top2 = keras.layers.Dense.from_config(cfg)
    c = keras.layers.Concatenate()([top2(stem(d)), top(stem(q))])
    return keras.Model([q, d], keras.layers.Dense(1, activation="sigmoid")(c))
