# Misconception: an ensemble averages a network's outputs (the lesson's members are alike), so
# the same layers are called twice (explained by structure, no table entry).
# Expect: fail "one layer instance called 2 times, so those calls share their weights"
def build_ensemble():
    inputs = keras.Input(shape=(6,))
    hidden = keras.layers.Dense(5, activation="relu")
    probs = keras.layers.Dense(4, activation="softmax")
    return keras.Model(
        inputs, keras.layers.Average()([probs(hidden(inputs)), probs(hidden(inputs))])
    )
