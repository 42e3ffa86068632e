# Alternative: encodes both in a list comprehension, keras.layers.subtract function
# Expect: pass
def build_siamese_model():
    left = keras.Input(shape=(10,))
    right = keras.Input(shape=(10,))

    enc = keras.layers.Dense(units=6, activation=keras.activations.tanh)
    l, r = [enc(t) for t in (left, right)]
    return keras.Model(inputs=[left, right], outputs=keras.layers.Dense(1, activation="sigmoid")(keras.layers.subtract([l, r])))
