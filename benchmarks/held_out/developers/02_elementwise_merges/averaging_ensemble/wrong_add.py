# Misconception: Add combines the members (the lesson's mistake 3; rows sum to 2)
# Expect: fail
def build_ensemble():
    inputs = keras.Input(shape=(6,))
    a = keras.layers.Dense(4, activation="softmax")(keras.layers.Dense(5, activation="relu")(inputs))
    b = keras.layers.Dense(4, activation="softmax")(inputs)
    return keras.Model(inputs, keras.layers.Add()([a, b]))
