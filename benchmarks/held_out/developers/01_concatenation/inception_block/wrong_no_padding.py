# Misconception: the default padding keeps the grid
# Expect: fail
def build_inception_block():
    image = keras.Input(shape=(16, 16, 3))
    a = keras.layers.Conv2D(8, 3, activation="relu")(image)
    b = keras.layers.Conv2D(4, 1, activation="relu")(image)
    stacked = keras.layers.Concatenate()([a, b])
    return keras.Model(image, keras.layers.Conv2D(2, 1)(stacked))
