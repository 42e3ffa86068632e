# Misconception: the list order given to merge does not matter
# Expect: fail
def build_fusion_model(merge):
    acc = keras.Input(shape=(3,))
    gyro = keras.Input(shape=(5,))
    mag = keras.Input(shape=(7,))

    a = keras.layers.Dense(4, activation="relu")(acc)
    g = keras.layers.Dense(4, activation="relu")(gyro)
    m = keras.layers.Dense(4, activation="relu")(mag)
    return keras.Model([acc, gyro, mag], keras.layers.Dense(1)(merge([m, g, a])))
