# Misconception: the encoder's activation can be left to the head (the task's encoder is
# Dense(4, activation="relu")).
# (explained by structure, no table entry)
# Expect: fail "the encoder has activation linear, the task asks for relu"
def build_siamese_model():
    left = keras.Input(shape=(8,))
    right = keras.Input(shape=(8,))
    encoder = keras.layers.Dense(4)
    merged = keras.layers.Concatenate()([encoder(left), encoder(right)])
    return keras.Model([left, right], keras.layers.Dense(1, activation="sigmoid")(merged))
