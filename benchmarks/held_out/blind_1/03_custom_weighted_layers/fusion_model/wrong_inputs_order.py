# Misconception: the model may list its inputs in another order
# Expect: fail
def build_fusion_model(merge):
    acc = keras.Input(shape=(3,))
    gyro = keras.Input(shape=(5,))
    mag = keras.Input(shape=(7,))

    branches = [keras.layers.Dense(4, activation="relu")(t) for t in (acc, gyro, mag)]
    return keras.Model([mag, gyro, acc], keras.layers.Dense(1)(merge(branches)))
