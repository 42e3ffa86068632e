# Misconception: copy.deepcopy makes a fresh duplicate
# Expect: fail
def build_partly_shared_model(encoder):
    stem, top = encoder.layers
    q = keras.Input(shape=(8,))
    d = keras.Input(shape=(8,))

    import copy
    top2 = copy.deepcopy(top)
    c = keras.layers.Concatenate()([top(stem(q)), top2(stem(d))])
    return keras.Model([q, d], keras.layers.Dense(1, activation="sigmoid")(c))
