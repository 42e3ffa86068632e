# Misconception: a trust score belongs between 0 and 1, so the head has a sigmoid
# Expect: fail
def build_fusion_model(merge):
    acc = keras.Input(shape=(3,))
    gyro = keras.Input(shape=(5,))
    mag = keras.Input(shape=(7,))
    a = keras.layers.Dense(4, activation="relu")(acc)
    g = keras.layers.Dense(4, activation="relu")(gyro)
    m = keras.layers.Dense(4, activation="relu")(mag)
    out = keras.layers.Dense(1, activation="sigmoid")(merge([a, g, m]))
    return keras.Model([acc, gyro, mag], out)
