# Alternative: the average written as the halved sum of the two tensors
# Expect: pass
def build_ensemble():
    inputs = keras.Input(shape=(6,))
    a = keras.layers.Dense(4, activation="softmax")(keras.layers.Dense(5, activation="relu")(inputs))
    b = keras.layers.Dense(4, activation="softmax")(inputs)
    return keras.Model(inputs, (a + b) * 0.5)
