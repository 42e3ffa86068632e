# Misconception: passed the branches to merge as [magnetometer, gyroscope, accelerometer] (biggest first)
# Expect: fail
import keras


def build_fusion_model(merge):
    acc = keras.Input(shape=(3,))
    gyr = keras.Input(shape=(5,))
    mag = keras.Input(shape=(7,))
    a = keras.layers.Dense(4, activation="relu")(acc)
    g = keras.layers.Dense(4, activation="relu")(gyr)
    m = keras.layers.Dense(4, activation="relu")(mag)
    fused = merge([m, g, a])
    return keras.Model([acc, gyr, mag], keras.layers.Dense(1)(fused))
