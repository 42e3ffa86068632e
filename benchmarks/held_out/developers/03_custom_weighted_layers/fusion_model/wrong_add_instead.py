# Misconception: an Add layer fuses the branches just as well as the learned merge
# Expect: fail
from keras import layers


def build_fusion_model(merge):
    acc = keras.Input(shape=(3,))
    gyro = keras.Input(shape=(5,))
    mag = keras.Input(shape=(7,))
    a = layers.Dense(4, activation="relu")(acc)
    g = layers.Dense(4, activation="relu")(gyro)
    m = layers.Dense(4, activation="relu")(mag)
    return keras.Model([acc, gyro, mag], layers.Dense(1)(layers.Add()([a, g, m])))
