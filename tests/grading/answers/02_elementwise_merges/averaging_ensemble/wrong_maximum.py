# Wrong: Maximum where the task asks for Average (explained by structure, no table entry).
# Expect: fail "is Maximum, the task asks for Average"
def build_ensemble():
    inputs = keras.Input(shape=(10,))
    first = keras.layers.Dense(8, activation="relu")(inputs)
    first = keras.layers.Dense(3, activation="softmax")(first)
    second = keras.layers.Dense(8, activation="relu")(inputs)
    second = keras.layers.Dense(3, activation="softmax")(second)
    return keras.Model(inputs, keras.layers.Maximum()([first, second]))
