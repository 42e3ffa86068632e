# Misconception: clone_model of the encoder with the same seed keeps it one encoder
# Expect: fail
def build_siamese_model():
    left = keras.Input(shape=(10,))
    right = keras.Input(shape=(10,))

    keras.utils.set_random_seed(1)
    enc = keras.Sequential([keras.Input((10,)), keras.layers.Dense(6, activation="tanh")])
    keras.utils.set_random_seed(1)
    enc2 = keras.models.clone_model(enc)
    d = keras.layers.Subtract()([enc(left), enc2(right)])
    return keras.Model([left, right], keras.layers.Dense(1, activation="sigmoid")(d))
