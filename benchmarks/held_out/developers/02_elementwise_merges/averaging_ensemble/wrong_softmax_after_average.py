# Misconception: a softmax after the average makes sure the rows sum to 1
# Expect: fail
def build_ensemble():
    inputs = keras.Input(shape=(6,))
    a = keras.layers.Dense(4, activation="softmax")(keras.layers.Dense(5, activation="relu")(inputs))
    b = keras.layers.Dense(4, activation="softmax")(inputs)
    return keras.Model(inputs, keras.layers.Softmax()(keras.layers.Average()([a, b])))
