# Alternative: (network + linear) / 2 with the operators
# Expect: pass
import keras


def build_ensemble():
    inputs = keras.Input(shape=(6,))
    hidden = keras.layers.Dense(5, activation="relu")(inputs)
    network = keras.layers.Dense(4, activation="softmax")(hidden)
    linear = keras.layers.Dense(4, activation="softmax")(inputs)
    return keras.Model(inputs, 0.5 * (network + linear))
