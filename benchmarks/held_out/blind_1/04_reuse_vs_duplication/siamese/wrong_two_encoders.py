# Misconception: two Dense layers with the same config are the same encoder
# Expect: fail
def build_siamese_model():
    left = keras.Input(shape=(10,))
    right = keras.Input(shape=(10,))

    l = keras.layers.Dense(6, activation="tanh")(left)
    r = keras.layers.Dense(6, activation="tanh")(right)
    return keras.Model([left, right], keras.layers.Dense(1, activation="sigmoid")(keras.layers.Subtract()([l, r])))
