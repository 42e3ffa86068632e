# Misconception: the order of the tensors given to a weighted merge does not matter.
# Expect: fail "passed to the merge in another order \(\[magnetometer_branch, gyroscope_branch, accelerometer_branch\]\)"
def build_fusion_model(merge):
    accelerometer = keras.Input(shape=(3,))
    gyroscope = keras.Input(shape=(5,))
    magnetometer = keras.Input(shape=(7,))
    a = keras.layers.Dense(4, activation="relu")(accelerometer)
    g = keras.layers.Dense(4, activation="relu")(gyroscope)
    m = keras.layers.Dense(4, activation="relu")(magnetometer)
    fused = merge([m, g, a])
    return keras.Model([accelerometer, gyroscope, magnetometer], keras.layers.Dense(1)(fused))
