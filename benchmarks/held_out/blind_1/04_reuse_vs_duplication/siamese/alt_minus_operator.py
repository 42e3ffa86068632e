# Alternative: left - right with the operator
# Expect: pass
def build_siamese_model():
    left = keras.Input(shape=(10,))
    right = keras.Input(shape=(10,))

    enc = keras.layers.Dense(6, activation="tanh")
    return keras.Model([left, right], keras.layers.Dense(1, activation="sigmoid")(enc(left) - enc(right)))
