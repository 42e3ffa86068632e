# Wrong: tanh in the members' hidden layers where the task asks for relu (explained by structure, no table entry).
# Expect: fail "has activation tanh, the task asks for relu"
def build_ensemble():
    inputs = keras.Input(shape=(10,))
    first = keras.layers.Dense(8, activation="tanh")(inputs)
    first = keras.layers.Dense(3, activation="softmax")(first)
    second = keras.layers.Dense(8, activation="tanh")(inputs)
    second = keras.layers.Dense(3, activation="softmax")(second)
    return keras.Model(inputs, keras.layers.Average()([first, second]))
