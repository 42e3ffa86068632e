# Misconception: set_weights(get_weights()) makes the second encoder share the first one's weights
# Expect: fail
def build_siamese_model():
    left = keras.Input(shape=(10,))
    right = keras.Input(shape=(10,))
    enc_a = keras.layers.Dense(6, activation="tanh")
    enc_b = keras.layers.Dense(6, activation="tanh")
    a = enc_a(left)
    b = enc_b(right)
    enc_b.set_weights(enc_a.get_weights())  # now they share
    diff = keras.layers.Subtract()([a, b])
    return keras.Model([left, right], keras.layers.Dense(1, activation="sigmoid")(diff))
