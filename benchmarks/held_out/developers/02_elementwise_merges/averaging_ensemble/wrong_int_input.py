# Misconception: the features are counts: dtype int32 input
# Expect: fail
def build_ensemble():
    inputs = keras.Input(shape=(6,), dtype="int32")
    hidden = keras.layers.Dense(5, activation="relu")(inputs)
    network = keras.layers.Dense(4, activation="softmax")(hidden)
    linear = keras.layers.Dense(4, activation="softmax")(inputs)
    output = keras.layers.Average()([network, linear])
    return keras.Model(inputs, output)
