# Alternative: the encoder is a Sequential sub-model called twice; the difference written with the - operator
# Expect: pass
def build_siamese_model():
    left = keras.Input(shape=(10,)); right = keras.Input(shape=(10,))
    enc = keras.Sequential([keras.Input((10,)), keras.layers.Dense(6, activation="tanh")])
    d = enc(left) - enc(right)
    return keras.Model([left, right], keras.layers.Dense(1, activation="sigmoid")(d))
