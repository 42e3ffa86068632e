# Misconception: clone_model of the encoder gives a fresh top that can sit in the same model
# Expect: fail
def build_partly_shared_model(encoder):
    stem, top = encoder.layers
    clone = keras.models.clone_model(encoder)
    top2 = clone.layers[1]
    q = keras.Input(shape=(8,))
    d = keras.Input(shape=(8,))
    merged = keras.layers.Concatenate()([top(stem(q)), top2(stem(d))])
    return keras.Model([q, d], keras.layers.Dense(1, activation="sigmoid")(merged))
