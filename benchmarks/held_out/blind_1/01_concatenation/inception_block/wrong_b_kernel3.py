# Misconception: both branches use the same 3x3 kernel size
# Expect: fail
def build_inception_block():
    image = keras.Input(shape=(16, 16, 3))
    a = keras.layers.Conv2D(8, 3, padding="same", activation="relu")(image)
    b = keras.layers.Conv2D(4, 3, padding="same", activation="relu")(image)
    merged = keras.layers.Concatenate()([a, b])
    return keras.Model(image, keras.layers.Conv2D(2, 1)(merged))
