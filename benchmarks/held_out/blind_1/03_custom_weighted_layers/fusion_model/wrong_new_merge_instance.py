# Misconception: ignored the merge the function receives and merged the branches with a plain Average layer
# Expect: fail
def build_fusion_model(merge):
    acc = keras.Input(shape=(3,))
    gyro = keras.Input(shape=(5,))
    mag = keras.Input(shape=(7,))

    branches = [keras.layers.Dense(4, activation="relu")(t) for t in (acc, gyro, mag)]
    return keras.Model([acc, gyro, mag], keras.layers.Dense(1)(keras.layers.Average()(branches)))
