# Misconception: clone_model works on a single layer, as keras.models.clone_model(top)
# Expect: fail
def build_partly_shared_model(encoder):
    stem, top = encoder.layers
    doc_top = keras.models.clone_model(top)
    q = keras.Input(shape=(8,))
    d = keras.Input(shape=(8,))
    merged = keras.layers.Concatenate()([top(stem(q)), doc_top(stem(d))])
    return keras.Model([q, d], keras.layers.Dense(1, activation="sigmoid")(merged))
