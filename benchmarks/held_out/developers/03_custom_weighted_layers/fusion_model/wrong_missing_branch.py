# Misconception: the accelerometer is small enough to go into the merge without a branch
# Expect: fail
def build_fusion_model(merge):
    acc = keras.Input(shape=(3,))
    gyro = keras.Input(shape=(5,))
    mag = keras.Input(shape=(7,))
    g = keras.layers.Dense(4, activation="relu")(gyro)
    m = keras.layers.Dense(4, activation="relu")(mag)
    a = acc
    return keras.Model([acc, gyro, mag], keras.layers.Dense(1)(merge([a, g, m])))
