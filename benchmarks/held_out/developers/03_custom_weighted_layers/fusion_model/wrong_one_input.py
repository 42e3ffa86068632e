# Misconception: the three sensors arrive as one 15-value vector that is sliced into branches
# Expect: fail
def build_fusion_model(merge):
    x = keras.Input(shape=(15,))
    acc = keras.layers.Lambda(lambda t: t[:, :3])(x)
    gyro = keras.layers.Lambda(lambda t: t[:, 3:8])(x)
    mag = keras.layers.Lambda(lambda t: t[:, 8:])(x)
    branches = [keras.layers.Dense(4, activation="relu")(s) for s in (acc, gyro, mag)]
    return keras.Model(x, keras.layers.Dense(1)(merge(branches)))
