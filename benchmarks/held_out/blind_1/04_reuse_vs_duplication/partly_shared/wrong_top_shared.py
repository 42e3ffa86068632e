# Misconception: reusing top on both sides is enough
# Expect: fail
def build_partly_shared_model(encoder):
    stem, top = encoder.layers
    q = keras.Input(shape=(8,))
    d = keras.Input(shape=(8,))

    hq, hd = stem(q), stem(d)
    c = keras.layers.Concatenate()([top(hq), top(hd)])
    return keras.Model([q, d], keras.layers.Dense(1, activation="sigmoid")(c))
