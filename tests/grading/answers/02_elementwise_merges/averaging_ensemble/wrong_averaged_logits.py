# Misconception: averaging the logits, then one softmax, is the same as averaging probabilities.
# Expect: fail "logits were averaged before the softmax"
def build_ensemble():
    inputs = keras.Input(shape=(10,))
    first = keras.layers.Dense(8, activation="relu")(inputs)
    first = keras.layers.Dense(3)(first)
    second = keras.layers.Dense(8, activation="relu")(inputs)
    second = keras.layers.Dense(3)(second)
    averaged = keras.layers.Average()([first, second])
    return keras.Model(inputs, keras.layers.Softmax()(averaged))
