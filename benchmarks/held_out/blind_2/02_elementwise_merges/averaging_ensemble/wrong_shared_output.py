# Misconception: both members can share one Dense(4, softmax) output layer
# Expect: fail
import keras


def build_ensemble():
    inputs = keras.Input(shape=(6,))
    out = keras.layers.Dense(4, activation="softmax")
    hidden = keras.layers.Dense(6, activation="relu")(inputs)
    network = out(hidden)
    linear = out(inputs)
    return keras.Model(inputs, keras.layers.Average()([network, linear]))
