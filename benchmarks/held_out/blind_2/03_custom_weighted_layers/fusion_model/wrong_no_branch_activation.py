# Misconception: the branches only resize the inputs, so no activation
# Expect: fail
import keras


def build_fusion_model(merge):
    acc = keras.Input(shape=(3,))
    gyr = keras.Input(shape=(5,))
    mag = keras.Input(shape=(7,))
    branches = [keras.layers.Dense(4)(x) for x in (acc, gyr, mag)]
    return keras.Model([acc, gyr, mag], keras.layers.Dense(1)(merge(branches)))
