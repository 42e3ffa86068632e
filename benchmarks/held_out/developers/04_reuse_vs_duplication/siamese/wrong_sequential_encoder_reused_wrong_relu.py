# Misconception: any activation will do for the encoder (relu, in a Sequential encoder)
# Expect: fail
def build_siamese_model():
    left = keras.Input(shape=(10,)); right = keras.Input(shape=(10,))
    enc = keras.Sequential([keras.layers.Dense(6), keras.layers.Activation("relu")])
    d = keras.layers.Subtract()([enc(left), enc(right)])
    return keras.Model([left, right], keras.layers.Dense(1, activation="sigmoid")(d))
