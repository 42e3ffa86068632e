# Misconception: concatenated the branches and added the merge on top as an extra step
# Expect: fail
import keras


def build_fusion_model(merge):
    acc = keras.Input(shape=(3,))
    gyr = keras.Input(shape=(5,))
    mag = keras.Input(shape=(7,))
    branches = [keras.layers.Dense(4, activation="relu")(x) for x in (acc, gyr, mag)]
    cat = keras.layers.Concatenate()(branches)
    out = keras.layers.Dense(1)(cat)
    return keras.Model([acc, gyr, mag], out)
