# Misconception: any squashing activation will do for the hidden layer (tanh instead of relu)
# Expect: fail
def build_ensemble():
    inputs = keras.Input(shape=(6,))
    a = keras.layers.Dense(4, activation="softmax")(keras.layers.Dense(5, activation="tanh")(inputs))
    b = keras.layers.Dense(4, activation="softmax")(inputs)
    return keras.Model(inputs, keras.layers.Average()([a, b]))
