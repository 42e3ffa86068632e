# Misconception: sigmoid gives probabilities just as softmax does
# Expect: fail
def build_ensemble():
    inputs = keras.Input(shape=(6,))
    a = keras.layers.Dense(4, activation="sigmoid")(keras.layers.Dense(5, activation="relu")(inputs))
    b = keras.layers.Dense(4, activation="sigmoid")(inputs)
    return keras.Model(inputs, keras.layers.Average()([a, b]))
