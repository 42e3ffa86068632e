# Misconception: branch B is the pooling branch of the lesson's Inception block
# Expect: fail
def build_inception_block():
    image = keras.Input(shape=(16, 16, 3))
    wide = keras.layers.Conv2D(8, 3, padding="same", activation="relu")(image)
    narrow = keras.layers.Conv2D(4, 1, activation="relu")(keras.layers.MaxPooling2D(3, strides=1, padding="same")(image))
    return keras.Model(image, keras.layers.Conv2D(2, 1)(keras.layers.Concatenate()([wide, narrow])))
