# Misconception: an ensemble is one member model used twice
# Expect: fail
def build_ensemble():
    inputs = keras.Input(shape=(6,))
    member = keras.Sequential([keras.Input((6,)), keras.layers.Dense(5, activation="relu"), keras.layers.Dense(4, activation="softmax")])
    return keras.Model(inputs, keras.layers.Average()([member(inputs), member(inputs)]))
