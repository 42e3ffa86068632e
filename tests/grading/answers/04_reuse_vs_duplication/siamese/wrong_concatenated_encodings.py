# Misconception: a Siamese model always concatenates its two encodings, as in the lesson
# (transcription, not transfer: this one compares them by their difference) (explained by
# structure, no table entry).
# Expect: fail "is Concatenate, the task asks for Subtract"
def build_siamese_model():
    left = keras.Input(shape=(10,))
    right = keras.Input(shape=(10,))
    encoder = keras.layers.Dense(6, activation="tanh")
    merged = keras.layers.Concatenate()([encoder(left), encoder(right)])
    return keras.Model([left, right], keras.layers.Dense(1, activation="sigmoid")(merged))
