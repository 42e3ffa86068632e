# Misconception: the head downsamples (strides=2)
# Expect: fail
def build_inception_block():
    image = keras.Input(shape=(16, 16, 3))
    wide = keras.layers.Conv2D(8, 3, padding="same", activation="relu")(image)
    narrow = keras.layers.Conv2D(4, 1, activation="relu")(image)
    return keras.Model(image, keras.layers.Conv2D(2, 1, strides=2)(keras.layers.Concatenate()([wide, narrow])))
