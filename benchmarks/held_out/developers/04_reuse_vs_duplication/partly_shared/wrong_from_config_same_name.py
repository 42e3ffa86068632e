# Misconception: from_config(get_config()) gives a duplicate that fits in the same model as is
# Expect: fail
def build_partly_shared_model(encoder):
    stem, top = encoder.layers
    q = keras.Input(shape=(8,))
    d = keras.Input(shape=(8,))
    doc_top = keras.layers.Dense.from_config(top.get_config())
    merged = keras.layers.Concatenate()([top(stem(q)), doc_top(stem(d))])
    return keras.Model([q, d], keras.layers.Dense(1, activation="sigmoid")(merged))
