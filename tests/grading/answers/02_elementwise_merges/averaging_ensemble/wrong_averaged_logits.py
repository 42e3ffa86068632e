# Misconception: averaging the logits, then one softmax, is the same as averaging probabilities.
# Expect: fail "logits were averaged before the softmax"
def build_ensemble():
    inputs = keras.Input(shape=(6,))
    network = keras.layers.Dense(5, activation="relu")(inputs)
    network = keras.layers.Dense(4)(network)
    linear = keras.layers.Dense(4)(inputs)
    averaged = keras.layers.Average()([network, linear])
    return keras.Model(inputs, keras.layers.Softmax()(averaged))
