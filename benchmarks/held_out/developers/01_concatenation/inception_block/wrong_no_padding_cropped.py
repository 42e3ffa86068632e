# Misconception: without padding, crop branch B to 14x14 to make it fit
# Expect: fail
def build_inception_block():
    image = keras.Input(shape=(16, 16, 3))
    a = keras.layers.Conv2D(8, 3, activation="relu")(image)
    b = keras.layers.Cropping2D(1)(keras.layers.Conv2D(4, 1, activation="relu")(image))
    stacked = keras.layers.Concatenate()([a, b])
    return keras.Model(image, keras.layers.Conv2D(2, 1)(stacked))
