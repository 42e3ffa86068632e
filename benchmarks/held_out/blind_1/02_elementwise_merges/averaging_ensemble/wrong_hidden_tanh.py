# Misconception: the small network's hidden layer uses tanh
# Expect: fail
def build_ensemble():
    x = keras.Input(shape=(6,))

    m1 = keras.layers.Dense(4, activation="softmax")(keras.layers.Dense(5, activation="tanh")(x))
    m2 = keras.layers.Dense(4, activation="softmax")(x)
    return keras.Model(x, keras.layers.Average()([m1, m2]))
