# Misconception: a hidden layer after the difference helps the head (extra Dense(6, tanh))
# Expect: fail
def build_siamese_model():
    left = keras.Input(shape=(10,))
    right = keras.Input(shape=(10,))
    encoder = keras.layers.Dense(6, activation="tanh")
    diff = keras.layers.Subtract()([encoder(left), encoder(right)])
    hidden = keras.layers.Dense(6, activation="tanh")(diff)
    return keras.Model([left, right], keras.layers.Dense(1, activation="sigmoid")(hidden))
