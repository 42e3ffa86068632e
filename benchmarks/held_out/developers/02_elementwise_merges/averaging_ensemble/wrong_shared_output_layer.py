# Misconception: both members end in a Dense(4, softmax), so one instance serves both
# Expect: fail
def build_ensemble():
    inputs = keras.Input(shape=(6,))
    classify = keras.layers.Dense(4, activation="softmax")
    network = classify(keras.layers.Dense(5, activation="relu")(inputs))
    linear = classify(inputs)
    return keras.Model(inputs, keras.layers.Average()([network, linear]))
