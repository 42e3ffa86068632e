# Misconception: log_softmax members are probabilities too (numerically stable)
# Expect: fail
def build_ensemble():
    inputs = keras.Input(shape=(6,))
    hidden = keras.layers.Dense(5, activation="relu")(inputs)
    network = keras.layers.Dense(4, activation="log_softmax")(hidden)
    linear = keras.layers.Dense(4, activation="log_softmax")(inputs)
    output = keras.layers.Average()([network, linear])
    return keras.Model(inputs, output)
