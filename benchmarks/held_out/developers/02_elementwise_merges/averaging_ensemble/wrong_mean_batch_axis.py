# Misconception: keras.ops.mean over the stacked members, axis=1
# Expect: fail
def build_ensemble():
    inputs = keras.Input(shape=(6,))
    hidden = keras.layers.Dense(5, activation="relu")(inputs)
    network = keras.layers.Dense(4, activation="softmax")(hidden)
    linear = keras.layers.Dense(4, activation="softmax")(inputs)
    output = keras.ops.mean(keras.ops.stack([network, linear]), axis=1)
    return keras.Model(inputs, output)
