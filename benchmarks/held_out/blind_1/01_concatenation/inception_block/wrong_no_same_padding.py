# Misconception: padding does not matter for the 3x3 branch
# Expect: fail
def build_inception_block():
    image = keras.Input(shape=(16, 16, 3))
    a = keras.layers.Conv2D(8, 3, activation="relu")(image)
    b = keras.layers.Conv2D(4, 1, activation="relu")(image)
    merged = keras.layers.Concatenate()([a, b])
    return keras.Model(image, keras.layers.Conv2D(2, 1)(merged))
