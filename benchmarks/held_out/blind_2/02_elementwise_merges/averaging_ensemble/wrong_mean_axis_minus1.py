# Misconception: stacked the members and averaged along the last axis
# Expect: fail
import keras


def build_ensemble():
    inputs = keras.Input(shape=(6,))
    hidden = keras.layers.Dense(5, activation="relu")(inputs)
    network = keras.layers.Dense(4, activation="softmax")(hidden)
    linear = keras.layers.Dense(4, activation="softmax")(inputs)
    stacked = keras.ops.stack([network, linear], axis=1)  # (None, 2, 4)
    return keras.Model(inputs, keras.ops.mean(stacked, axis=-1))
