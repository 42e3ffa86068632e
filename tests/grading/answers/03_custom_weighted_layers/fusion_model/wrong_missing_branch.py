# Misconception: the accelerometer is small enough to go into the merge without a branch (explained from the merge's refusal by custom_weighted_layers.build_model, no table entry).
# Expect: fail "tensor 1 of the list has shape \(None, 3\), where the others have \(None, 4\)"
def build_fusion_model(merge):
    acc = keras.Input(shape=(3,))
    gyro = keras.Input(shape=(5,))
    mag = keras.Input(shape=(7,))
    g = keras.layers.Dense(4, activation="relu")(gyro)
    m = keras.layers.Dense(4, activation="relu")(mag)
    a = acc
    return keras.Model([acc, gyro, mag], keras.layers.Dense(1)(merge([a, g, m])))
