# Misconception: the model's inputs can be listed in any order (right first)
# Expect: fail
def build_siamese_model():
    left = keras.Input(shape=(10,), name="left")
    right = keras.Input(shape=(10,), name="right")
    encoder = keras.layers.Dense(6, activation="tanh")
    diff = keras.layers.Subtract()([encoder(left), encoder(right)])
    return keras.Model([right, left], keras.layers.Dense(1, activation="sigmoid")(diff))
