# Misconception: both members can share one output layer, Dense(4, softmax), whatever they read
# (explained from Keras's own error by keras_errors, no table entry).
# Expect: fail "one layer instance is reused on inputs of different widths"
def build_ensemble():
    inputs = keras.Input(shape=(6,))
    probs = keras.layers.Dense(4, activation="softmax")
    network = probs(keras.layers.Dense(5, activation="relu")(inputs))
    linear = probs(inputs)
    return keras.Model(inputs, keras.layers.Average()([network, linear]))
