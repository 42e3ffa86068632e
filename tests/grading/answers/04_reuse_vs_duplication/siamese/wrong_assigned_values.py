# Misconception: assigning one encoder's variables to the other's ties them (assign writes
# values once; the variables stay two)
# (explained from the names the code uses by check_one_instance, no table entry).
# Expect: fail "(?s)equal values in separate variables.*variable\.assign wrote the values"
def build_siamese_model():
    left = keras.Input(shape=(10,))
    right = keras.Input(shape=(10,))
    left_encoder = keras.layers.Dense(6, activation="tanh")
    right_encoder = keras.layers.Dense(6, activation="tanh")
    merged = keras.layers.Subtract()([left_encoder(left), right_encoder(right)])
    right_encoder.kernel.assign(left_encoder.kernel)
    right_encoder.bias.assign(left_encoder.bias)
    return keras.Model([left, right], keras.layers.Dense(1, activation="sigmoid")(merged))
