# Misconception: adding the probabilities is the same as averaging
# Expect: fail
def build_ensemble():
    x = keras.Input(shape=(6,))

    m1 = keras.layers.Dense(4, activation="softmax")(keras.layers.Dense(5, activation="relu")(x))
    m2 = keras.layers.Dense(4, activation="softmax")(x)
    return keras.Model(x, keras.layers.Add()([m1, m2]))
