# Misconception: a "linear" member means a Dense with a ReLU, like any hidden layer
# (explained by the architecture's one-change search, no table entry).
# Expect: fail "linear \(Dense\(4\) on inputs\) has a relu where the task asks for a softmax"
def build_ensemble():
    inputs = keras.Input(shape=(6,))
    network = keras.layers.Dense(5, activation="relu")(inputs)
    network = keras.layers.Dense(4, activation="softmax")(network)
    linear = keras.layers.Dense(4, activation="relu")(inputs)
    return keras.Model(inputs, keras.layers.Average()([network, linear]))
