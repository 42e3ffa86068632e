# Misconception: member 2 reads member 1's hidden layer
# Expect: fail
def build_ensemble():
    x = keras.Input(shape=(6,))

    h = keras.layers.Dense(5, activation="relu")(x)
    m1 = keras.layers.Dense(4, activation="softmax")(h)
    m2 = keras.layers.Dense(4, activation="softmax")(h)
    return keras.Model(x, keras.layers.Average()([m1, m2]))
