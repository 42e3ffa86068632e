# Misconception: sensor readings are signed, so the branches use tanh
# Expect: fail
def build_fusion_model(merge):
    acc = keras.Input(shape=(3,))
    gyro = keras.Input(shape=(5,))
    mag = keras.Input(shape=(7,))
    a = keras.layers.Dense(4, activation="tanh")(acc)
    g = keras.layers.Dense(4, activation="tanh")(gyro)
    m = keras.layers.Dense(4, activation="tanh")(mag)
    return keras.Model([acc, gyro, mag], keras.layers.Dense(1)(merge([a, g, m])))
