# Misconception: only the left input needs encoding; the right one is subtracted as it is
# Expect: fail
def build_siamese_model():
    left = keras.Input(shape=(10,))
    right = keras.Input(shape=(10,))
    encoder = keras.layers.Dense(6, activation="tanh")
    diff = keras.layers.Subtract()([encoder(left), right])
    return keras.Model([left, right], keras.layers.Dense(1, activation="sigmoid")(diff))
