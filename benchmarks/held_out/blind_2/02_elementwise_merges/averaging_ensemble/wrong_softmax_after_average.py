# Misconception: members output logits, softmax applied once after averaging
# Expect: fail
import keras


def build_ensemble():
    inputs = keras.Input(shape=(6,))
    hidden = keras.layers.Dense(5, activation="relu")(inputs)
    network = keras.layers.Dense(4)(hidden)
    linear = keras.layers.Dense(4)(inputs)
    avg = keras.layers.Average()([network, linear])
    return keras.Model(inputs, keras.layers.Softmax()(avg))
