# Misconception: writing the same layer twice gives the branches the same weights.
# Expect: fail "(?s)2 separate instances.*each input got its own instance of the encoder"
def build_siamese_model():
    left = keras.Input(shape=(10,))
    right = keras.Input(shape=(10,))
    left_code = keras.layers.Dense(6, activation="tanh")(left)
    right_code = keras.layers.Dense(6, activation="tanh")(right)
    merged = keras.layers.Subtract()([left_code, right_code])
    return keras.Model([left, right], keras.layers.Dense(1, activation="sigmoid")(merged))
