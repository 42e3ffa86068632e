# Misconception: an ensemble's output needs a softmax of its own to be probabilities, even
# when it averages probabilities.
# Expect: fail "a softmax was applied to the average of the members' probabilities"
def build_ensemble():
    inputs = keras.Input(shape=(6,))
    network = keras.layers.Dense(5, activation="relu")(inputs)
    network = keras.layers.Dense(4, activation="softmax")(network)
    linear = keras.layers.Dense(4, activation="softmax")(inputs)
    averaged = keras.layers.Average()([network, linear])
    return keras.Model(inputs, keras.layers.Softmax()(averaged))
