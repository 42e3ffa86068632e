# Misconception: it does not matter which side gets the given top and which the duplicate
# Expect: fail
def build_partly_shared_model(encoder):
    stem, top = encoder.layers
    cfg = top.get_config()
    del cfg["name"]
    dup = keras.layers.Dense.from_config(cfg)
    q = keras.Input(shape=(8,))
    d = keras.Input(shape=(8,))
    merged = keras.layers.Concatenate()([dup(stem(q)), top(stem(d))])
    return keras.Model([q, d], keras.layers.Dense(1, activation="sigmoid")(merged))
