# Misconception: the duplicate can be written out as the check's Dense(4, tanh)
# Expect: fail
def build_partly_shared_model(encoder):
    stem, top = encoder.layers
    q = keras.Input(shape=(8,))
    d = keras.Input(shape=(8,))
    doc_top = keras.layers.Dense(4, activation="tanh")
    merged = keras.layers.Concatenate()([top(stem(q)), doc_top(stem(d))])
    return keras.Model([q, d], keras.layers.Dense(1, activation="sigmoid")(merged))
