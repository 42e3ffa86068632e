# Misconception: fusing sensors means concatenating them; the merge argument is not needed
# Expect: fail
def build_fusion_model(merge):
    acc = keras.Input(shape=(3,))
    gyro = keras.Input(shape=(5,))
    mag = keras.Input(shape=(7,))
    a = keras.layers.Dense(4, activation="relu")(acc)
    g = keras.layers.Dense(4, activation="relu")(gyro)
    m = keras.layers.Dense(4, activation="relu")(mag)
    fused = keras.layers.Concatenate()([a, g, m])
    return keras.Model([acc, gyro, mag], keras.layers.Dense(1)(fused))
