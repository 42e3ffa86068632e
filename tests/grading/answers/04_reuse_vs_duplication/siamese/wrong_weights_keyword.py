# Misconception: an older tutorial's weights= shares one layer's weights with another
# (Keras 3 takes no such keyword; sharing is one instance called twice).
# Expect: fail "sharing weights needs none: two branches share their weights when they are the same layer instance"
def build_siamese_model():
    left = keras.Input(shape=(10,))
    right = keras.Input(shape=(10,))
    left_encoder = keras.layers.Dense(6, activation="tanh")
    left_code = left_encoder(left)
    right_encoder = keras.layers.Dense(6, activation="tanh", weights=left_encoder.get_weights())
    merged = keras.layers.Subtract()([left_code, right_encoder(right)])
    return keras.Model([left, right], keras.layers.Dense(1, activation="sigmoid")(merged))
