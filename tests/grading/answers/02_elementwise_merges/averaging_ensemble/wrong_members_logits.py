# Misconception: the members' scores can be averaged as they are, without a softmax, and the
# average is still a probability.
# Expect: fail "the members output logits, not probabilities"
def build_ensemble():
    inputs = keras.Input(shape=(6,))
    network = keras.layers.Dense(5, activation="relu")(inputs)
    network = keras.layers.Dense(4)(network)
    linear = keras.layers.Dense(4)(inputs)
    return keras.Model(inputs, keras.layers.Average()([network, linear]))
