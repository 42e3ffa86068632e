# Misconception: an ensemble needs a third member (another linear classifier)
# Expect: fail
def build_ensemble():
    inputs = keras.Input(shape=(6,))
    hidden = keras.layers.Dense(5, activation="relu")(inputs)
    network = keras.layers.Dense(4, activation="softmax")(hidden)
    linear = keras.layers.Dense(4, activation="softmax")(inputs)
    output = keras.layers.Average()([network, linear, keras.layers.Dense(4, activation="softmax")(inputs)])
    return keras.Model(inputs, output)
