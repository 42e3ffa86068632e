# Misconception: a probability head is a softmax, even for one unit
# Expect: fail
def build_siamese_model():
    left = keras.Input(shape=(10,))
    right = keras.Input(shape=(10,))
    encoder = keras.layers.Dense(6, activation="tanh")
    diff = keras.layers.Subtract()([encoder(left), encoder(right)])
    return keras.Model([left, right], keras.layers.Dense(1, activation="softmax")(diff))
