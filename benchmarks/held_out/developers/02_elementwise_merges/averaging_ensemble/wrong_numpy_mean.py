# Misconception: np.mean averages the symbolic tensors as it does arrays
# Expect: fail
def build_ensemble():
    inputs = keras.Input(shape=(6,))
    hidden = keras.layers.Dense(5, activation="relu")(inputs)
    network = keras.layers.Dense(4, activation="softmax")(hidden)
    linear = keras.layers.Dense(4, activation="softmax")(inputs)
    output = np.mean([network, linear], axis=0)
    return keras.Model(inputs, output)
