# Wrong: tanh in member 1's hidden layer (explained by structure, no table entry).
# Expect: fail "has activation tanh, the task asks for relu"
def build_ensemble():
    inputs = keras.Input(shape=(6,))
    network = keras.layers.Dense(5, activation="tanh")(inputs)
    network = keras.layers.Dense(4, activation="softmax")(network)
    linear = keras.layers.Dense(4, activation="softmax")(inputs)
    return keras.Model(inputs, keras.layers.Average()([network, linear]))
