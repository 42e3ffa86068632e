# Misconception: one Dense(4) can be shared by the three branches
# Expect: fail
def build_fusion_model(merge):
    acc = keras.Input(shape=(3,))
    gyro = keras.Input(shape=(5,))
    mag = keras.Input(shape=(7,))

    dense = keras.layers.Dense(4, activation="relu")
    branches = [dense(keras.layers.Dense(4)(t)) for t in (acc, gyro, mag)]
    return keras.Model([acc, gyro, mag], keras.layers.Dense(1)(merge(branches)))
