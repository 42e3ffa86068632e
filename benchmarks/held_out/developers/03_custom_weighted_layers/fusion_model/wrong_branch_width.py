# Misconception: wider branches (8 units) make a better model
# Expect: fail
def build_fusion_model(merge):
    acc = keras.Input(shape=(3,))
    gyro = keras.Input(shape=(5,))
    mag = keras.Input(shape=(7,))
    a = keras.layers.Dense(8, activation="relu")(acc)
    g = keras.layers.Dense(8, activation="relu")(gyro)
    m = keras.layers.Dense(8, activation="relu")(mag)
    return keras.Model([acc, gyro, mag], keras.layers.Dense(1)(merge([a, g, m])))
