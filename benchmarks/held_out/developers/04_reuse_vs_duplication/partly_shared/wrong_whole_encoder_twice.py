# Misconception: calling the whole given encoder on both inputs shares the stem and keeps the tops apart
# Expect: fail
def build_partly_shared_model(encoder):
    q = keras.Input(shape=(8,))
    d = keras.Input(shape=(8,))
    merged = keras.layers.Concatenate()([encoder(q), encoder(d)])
    return keras.Model([q, d], keras.layers.Dense(1, activation="sigmoid")(merged))
