# Wrong: sigmoid outputs on the members, which do not sum to 1 (explained by structure, no table entry).
# Expect: fail "has activation sigmoid, the task asks for softmax"
def build_ensemble():
    inputs = keras.Input(shape=(6,))
    network = keras.layers.Dense(5, activation="relu")(inputs)
    network = keras.layers.Dense(4, activation="sigmoid")(network)
    linear = keras.layers.Dense(4, activation="sigmoid")(inputs)
    return keras.Model(inputs, keras.layers.Average()([network, linear]))
