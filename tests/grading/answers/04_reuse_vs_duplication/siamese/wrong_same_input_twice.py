# Misconception: "calling the encoder twice" is what makes it Siamese, whatever it is called on.
# Expect: fail "both encodings come from the same input: their difference is zero"
def build_siamese_model():
    left = keras.Input(shape=(10,))
    right = keras.Input(shape=(10,))
    encoder = keras.layers.Dense(6, activation="tanh")
    merged = keras.layers.Subtract()([encoder(left), encoder(left)])
    return keras.Model([left, right], keras.layers.Dense(1, activation="sigmoid")(merged))
