# Misconception: the ensemble "vote" takes the most confident member (Maximum)
# Expect: fail
import keras


def build_ensemble():
    inputs = keras.Input(shape=(6,))
    hidden = keras.layers.Dense(5, activation="relu")(inputs)
    network = keras.layers.Dense(4, activation="softmax")(hidden)
    linear = keras.layers.Dense(4, activation="softmax")(inputs)
    return keras.Model(inputs, keras.layers.Maximum()([network, linear]))
