# Misconception: voting takes the most confident member
# Expect: fail
def build_ensemble():
    x = keras.Input(shape=(6,))

    m1 = keras.layers.Dense(4, activation="softmax")(keras.layers.Dense(5, activation="relu")(x))
    m2 = keras.layers.Dense(4, activation="softmax")(x)
    return keras.Model(x, keras.layers.Maximum()([m1, m2]))
