# Misconception: set_weights(get_weights()) makes two layers share their weights.
# Expect: fail "(?s)equal values in separate variables.*set_weights\(get_weights\(\)\) copies values once"
def build_siamese_model():
    left = keras.Input(shape=(10,))
    right = keras.Input(shape=(10,))
    left_encoder = keras.layers.Dense(6, activation="tanh")
    right_encoder = keras.layers.Dense(6, activation="tanh")
    merged = keras.layers.Subtract()([left_encoder(left), right_encoder(right)])
    right_encoder.set_weights(left_encoder.get_weights())  # "share" the encoder
    return keras.Model([left, right], keras.layers.Dense(1, activation="sigmoid")(merged))
