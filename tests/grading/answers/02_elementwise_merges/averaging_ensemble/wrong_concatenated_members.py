# Misconception: an ensemble keeps every member's answer side by side (explained by structure,
# no table entry).
# Expect: fail "is Concatenate, the task asks for Average: [^;]*averages its inputs\."
def build_ensemble():
    inputs = keras.Input(shape=(6,))
    network = keras.layers.Dense(5, activation="relu")(inputs)
    network = keras.layers.Dense(4, activation="softmax")(network)
    linear = keras.layers.Dense(4, activation="softmax")(inputs)
    return keras.Model(inputs, keras.layers.Concatenate()([network, linear]))
