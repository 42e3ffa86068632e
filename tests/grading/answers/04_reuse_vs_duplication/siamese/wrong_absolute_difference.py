# Misconception: a Siamese model compares by the distance |left − right| (the task's head
# reads the signed difference, left − right).
# Expect: fail "the head reads \|left − right\|, a distance"
def build_siamese_model():
    left = keras.Input(shape=(10,))
    right = keras.Input(shape=(10,))
    encoder = keras.layers.Dense(6, activation="tanh")
    difference = keras.layers.Subtract()([encoder(left), encoder(right)])
    distance = keras.ops.abs(difference)
    return keras.Model([left, right], keras.layers.Dense(1, activation="sigmoid")(distance))
