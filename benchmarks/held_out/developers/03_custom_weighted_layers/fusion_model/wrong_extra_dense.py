# Misconception: a hidden Dense(4, relu) after the merge is needed before the head
# Expect: fail
def build_fusion_model(merge):
    acc = keras.Input(shape=(3,))
    gyro = keras.Input(shape=(5,))
    mag = keras.Input(shape=(7,))
    a = keras.layers.Dense(4, activation="relu")(acc)
    g = keras.layers.Dense(4, activation="relu")(gyro)
    m = keras.layers.Dense(4, activation="relu")(mag)
    hidden = keras.layers.Dense(4, activation="relu")(merge([a, g, m]))
    return keras.Model([acc, gyro, mag], keras.layers.Dense(1)(hidden))
