# Misconception: encoder activation: relu
# Expect: fail
def build_siamese_model():
    left = keras.Input(shape=(10,))
    right = keras.Input(shape=(10,))

    enc = keras.layers.Dense(6, activation="relu")
    d = keras.layers.Subtract()([enc(left), enc(right)])
    return keras.Model([left, right], keras.layers.Dense(1, activation="sigmoid")(d))
