# Wrong: tanh in member 1's hidden layer (explained by the architecture's one-change search, no table entry).
# Expect: fail "hidden \(Dense\(5\) on inputs\) has a tanh where the task asks for a relu"
def build_ensemble():
    inputs = keras.Input(shape=(6,))
    network = keras.layers.Dense(5, activation="tanh")(inputs)
    network = keras.layers.Dense(4, activation="softmax")(network)
    linear = keras.layers.Dense(4, activation="softmax")(inputs)
    return keras.Model(inputs, keras.layers.Average()([network, linear]))
