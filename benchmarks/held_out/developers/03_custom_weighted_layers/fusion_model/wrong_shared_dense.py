# Misconception: one Dense(4) can serve all three sensors
# Expect: fail
def build_fusion_model(merge):
    acc = keras.Input(shape=(3,))
    gyro = keras.Input(shape=(5,))
    mag = keras.Input(shape=(7,))
    branch = keras.layers.Dense(4, activation="relu")
    fused = merge([branch(acc), branch(gyro), branch(mag)])
    out = keras.layers.Dense(1)(fused)
    return keras.Model([acc, gyro, mag], out)
