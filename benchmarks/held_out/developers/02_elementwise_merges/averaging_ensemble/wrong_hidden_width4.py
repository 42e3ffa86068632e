# Misconception: the hidden layer has as many units as classes (Dense(4, relu))
# Expect: fail
def build_ensemble():
    inputs = keras.Input(shape=(6,))
    hidden = keras.layers.Dense(4, activation="relu")(inputs)
    network = keras.layers.Dense(4, activation="softmax")(hidden)
    linear = keras.layers.Dense(4, activation="softmax")(inputs)
    output = keras.layers.Average()([network, linear])
    return keras.Model(inputs, output)
