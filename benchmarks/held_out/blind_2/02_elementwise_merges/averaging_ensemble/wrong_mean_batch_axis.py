# Misconception: stacked the members with keras.ops.stack (axis 0) but averaged over axis 1, thinking axis 1 holds the members
# Expect: fail
import keras


def build_ensemble():
    inputs = keras.Input(shape=(6,))
    hidden = keras.layers.Dense(5, activation="relu")(inputs)
    network = keras.layers.Dense(4, activation="softmax")(hidden)
    linear = keras.layers.Dense(4, activation="softmax")(inputs)
    return keras.Model(inputs, keras.ops.mean(keras.ops.stack([network, linear]), axis=1))
