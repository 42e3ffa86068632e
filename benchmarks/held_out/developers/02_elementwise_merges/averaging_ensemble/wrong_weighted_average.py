# Misconception: the network member deserves more weight: 0.6 / 0.4
# Expect: fail
def build_ensemble():
    inputs = keras.Input(shape=(6,))
    hidden = keras.layers.Dense(5, activation="relu")(inputs)
    network = keras.layers.Dense(4, activation="softmax")(hidden)
    linear = keras.layers.Dense(4, activation="softmax")(inputs)
    output = 0.6 * network + 0.4 * linear
    return keras.Model(inputs, output)
