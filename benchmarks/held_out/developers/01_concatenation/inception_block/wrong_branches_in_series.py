# Misconception: branch B follows branch A (a chain, not parallel branches)
# Expect: fail
def build_inception_block():
    model = keras.Sequential([
        keras.Input(shape=(16, 16, 3)),
        keras.layers.Conv2D(8, 3, padding="same", activation="relu"),
        keras.layers.Conv2D(4, 1, activation="relu"),
        keras.layers.Conv2D(2, 1),
    ])
    return model
