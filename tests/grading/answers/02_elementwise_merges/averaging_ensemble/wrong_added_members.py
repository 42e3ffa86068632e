# Misconception: Add and Average merge the same way (they differ by a factor of 2).
# Expect: fail "twice the average"
def build_ensemble():
    inputs = keras.Input(shape=(10,))
    first = keras.layers.Dense(8, activation="relu")(inputs)
    first = keras.layers.Dense(3, activation="softmax")(first)
    second = keras.layers.Dense(8, activation="relu")(inputs)
    second = keras.layers.Dense(3, activation="softmax")(second)
    return keras.Model(inputs, keras.layers.Add()([first, second]))
