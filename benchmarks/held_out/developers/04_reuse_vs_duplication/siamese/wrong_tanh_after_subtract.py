# Misconception: the tanh belongs after the difference, not in the encoder
# Expect: fail
def build_siamese_model():
    left = keras.Input(shape=(10,))
    right = keras.Input(shape=(10,))
    encoder = keras.layers.Dense(6)
    diff = keras.layers.Subtract()([encoder(left), encoder(right)])
    diff = keras.layers.Activation("tanh")(diff)
    return keras.Model([left, right], keras.layers.Dense(1, activation="sigmoid")(diff))
