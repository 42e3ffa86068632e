# Misconception: the order of the list given to the merge does not matter (merged gyroscope first)
# Expect: fail
def build_fusion_model(merge):
    acc = keras.Input(shape=(3,))
    gyro = keras.Input(shape=(5,))
    mag = keras.Input(shape=(7,))
    a = keras.layers.Dense(4, activation="relu")(acc)
    g = keras.layers.Dense(4, activation="relu")(gyro)
    m = keras.layers.Dense(4, activation="relu")(mag)
    fused = merge([g, a, m])
    return keras.Model(inputs=[acc, gyro, mag], outputs=keras.layers.Dense(1)(fused))
