# Misconception: average the logits, then one softmax (members without softmax)
# Expect: fail
def build_ensemble():
    inputs = keras.Input(shape=(6,))
    hidden = keras.layers.Dense(5, activation="relu")(inputs)
    network = keras.layers.Dense(4)(hidden)
    linear = keras.layers.Dense(4)(inputs)
    output = keras.layers.Softmax()(keras.layers.Average()([network, linear]))
    return keras.Model(inputs, output)
