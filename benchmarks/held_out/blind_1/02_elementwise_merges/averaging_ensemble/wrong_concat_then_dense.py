# Misconception: an ensemble concatenates members and learns a combiner
# Expect: fail
def build_ensemble():
    x = keras.Input(shape=(6,))

    m1 = keras.layers.Dense(4, activation="softmax")(keras.layers.Dense(5, activation="relu")(x))
    m2 = keras.layers.Dense(4, activation="softmax")(x)
    c = keras.layers.Concatenate()([m1, m2])
    return keras.Model(x, keras.layers.Dense(4, activation="softmax")(c))
