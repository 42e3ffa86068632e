# Misconception: a fresh Dense(4, tanh) is the duplicate, whatever top is
# Expect: fail
def build_partly_shared_model(encoder):
    stem, top = encoder.layers
    q = keras.Input(shape=(8,))
    d = keras.Input(shape=(8,))

    hq, hd = stem(q), stem(d)
    top2 = keras.layers.Dense(4, activation="tanh")
    c = keras.layers.Concatenate()([top(hq), top2(hd)])
    return keras.Model([q, d], keras.layers.Dense(1, activation="sigmoid")(c))
