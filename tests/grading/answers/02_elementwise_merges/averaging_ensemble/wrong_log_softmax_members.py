# Misconception: log_softmax members are probabilities too (numerically stable) (explained by structure, no table entry).
# Expect: fail "the linear and the network have activation log_softmax|the network and the linear have activation log_softmax"
def build_ensemble():
    inputs = keras.Input(shape=(6,))
    hidden = keras.layers.Dense(5, activation="relu")(inputs)
    network = keras.layers.Dense(4, activation="log_softmax")(hidden)
    linear = keras.layers.Dense(4, activation="log_softmax")(inputs)
    output = keras.layers.Average()([network, linear])
    return keras.Model(inputs, output)
