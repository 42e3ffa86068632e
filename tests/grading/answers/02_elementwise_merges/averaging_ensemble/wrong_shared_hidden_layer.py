# Misconception: members may share their first layer and still be independent.
# Expect: fail "share their hidden Dense\(8\)"
def build_ensemble():
    inputs = keras.Input(shape=(10,))
    hidden = keras.layers.Dense(8, activation="relu")(inputs)
    first = keras.layers.Dense(3, activation="softmax")(hidden)
    second = keras.layers.Dense(3, activation="softmax")(hidden)
    return keras.Model(inputs, keras.layers.Average()([first, second]))
