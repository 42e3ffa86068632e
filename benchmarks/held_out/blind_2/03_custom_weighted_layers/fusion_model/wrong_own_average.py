# Misconception: ignored the merge argument and averaged the branches with a built-in layer
# Expect: fail
import keras


def build_fusion_model(merge):
    acc = keras.Input(shape=(3,))
    gyr = keras.Input(shape=(5,))
    mag = keras.Input(shape=(7,))
    branches = [keras.layers.Dense(4, activation="relu")(x) for x in (acc, gyr, mag)]
    fused = keras.layers.Average()(branches)
    return keras.Model([acc, gyr, mag], keras.layers.Dense(1)(fused))
