# Misconception: the order of Subtract's inputs does not matter (right − left)
# Expect: fail
def build_siamese_model():
    left = keras.Input(shape=(10,))
    right = keras.Input(shape=(10,))
    encoder = keras.layers.Dense(6, activation="tanh")
    diff = keras.layers.Subtract()([encoder(right), encoder(left)])
    return keras.Model([left, right], keras.layers.Dense(1, activation="sigmoid")(diff))
