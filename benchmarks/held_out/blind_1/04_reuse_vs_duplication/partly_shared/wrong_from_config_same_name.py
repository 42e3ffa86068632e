# Misconception: from_config(get_config()) gives a fresh duplicate, keeping the name
# Expect: fail
def build_partly_shared_model(encoder):
    stem, top = encoder.layers
    q = keras.Input(shape=(8,))
    d = keras.Input(shape=(8,))

    hq, hd = stem(q), stem(d)
    top2 = top.__class__.from_config(top.get_config())
    c = keras.layers.Concatenate()([top(hq), top2(hd)])
    return keras.Model([q, d], keras.layers.Dense(1, activation="sigmoid")(c))
