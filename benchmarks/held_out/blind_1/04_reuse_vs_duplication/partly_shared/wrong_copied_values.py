# Misconception: a duplicate should start from top's trained values
# Expect: fail
def build_partly_shared_model(encoder):
    stem, top = encoder.layers
    q = keras.Input(shape=(8,))
    d = keras.Input(shape=(8,))

    hq, hd = stem(q), stem(d)
    cfg = top.get_config(); cfg["name"] = "top_doc"
    top2 = keras.layers.Dense.from_config(cfg)
    out_d = top2(hd)
    top2.set_weights(top.get_weights())
    c = keras.layers.Concatenate()([top(hq), out_d])
    return keras.Model([q, d], keras.layers.Dense(1, activation="sigmoid")(c))
