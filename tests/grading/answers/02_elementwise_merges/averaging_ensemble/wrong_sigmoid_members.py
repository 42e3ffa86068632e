# Wrong: sigmoid outputs on the members, which do not sum to 1 (explained by structure, no table entry).
# Expect: fail "has activation sigmoid, the task asks for softmax"
def build_ensemble():
    inputs = keras.Input(shape=(10,))
    first = keras.layers.Dense(8, activation="relu")(inputs)
    first = keras.layers.Dense(3, activation="sigmoid")(first)
    second = keras.layers.Dense(8, activation="relu")(inputs)
    second = keras.layers.Dense(3, activation="sigmoid")(second)
    return keras.Model(inputs, keras.layers.Average()([first, second]))
