# Alternative: a helper builds the encoder model; the head built first, the inputs named
# Expect: pass
def make_encoder():
    x = keras.Input(shape=(10,))
    return keras.Model(x, keras.layers.Dense(6, activation="tanh")(x), name="tower")


def build_siamese_model():
    head = keras.layers.Dense(1, activation="sigmoid")
    tower = make_encoder()
    left = keras.Input(shape=(10,), name="left_input")
    right = keras.Input(shape=(10,), name="right_input")
    return keras.Model([left, right], head(keras.layers.Subtract()([tower(left), tower(right)])))
