# Misconception: member 2 also needs a hidden layer
# Expect: fail
def build_ensemble():
    x = keras.Input(shape=(6,))

    m1 = keras.layers.Dense(4, activation="softmax")(keras.layers.Dense(5, activation="relu")(x))
    m2 = keras.layers.Dense(4, activation="softmax")(keras.layers.Dense(5, activation="relu")(x))
    return keras.Model(x, keras.layers.Average()([m1, m2]))
