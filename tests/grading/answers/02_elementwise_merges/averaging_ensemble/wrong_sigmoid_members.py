# Wrong: sigmoid outputs on the members, which do not sum to 1 (explained by the architecture's one-change search, no table entry).
# Expect: fail "network and linear have a sigmoid where the task asks for a softmax"
def build_ensemble():
    inputs = keras.Input(shape=(6,))
    network = keras.layers.Dense(5, activation="relu")(inputs)
    network = keras.layers.Dense(4, activation="sigmoid")(network)
    linear = keras.layers.Dense(4, activation="sigmoid")(inputs)
    return keras.Model(inputs, keras.layers.Average()([network, linear]))
