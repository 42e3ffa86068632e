# Misconception: Minimum keeps a cautious vote
# Expect: fail
def build_ensemble():
    inputs = keras.Input(shape=(6,))
    hidden = keras.layers.Dense(5, activation="relu")(inputs)
    network = keras.layers.Dense(4, activation="softmax")(hidden)
    linear = keras.layers.Dense(4, activation="softmax")(inputs)
    output = keras.layers.Minimum()([network, linear])
    return keras.Model(inputs, output)
