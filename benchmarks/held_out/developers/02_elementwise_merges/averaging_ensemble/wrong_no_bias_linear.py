# Misconception: a plain linear classifier has no bias (use_bias=False)
# Expect: fail
def build_ensemble():
    inputs = keras.Input(shape=(6,))
    hidden = keras.layers.Dense(5, activation="relu")(inputs)
    network = keras.layers.Dense(4, activation="softmax")(hidden)
    linear = keras.layers.Dense(4, activation="softmax", use_bias=False)(inputs)
    output = keras.layers.Average()([network, linear])
    return keras.Model(inputs, output)
